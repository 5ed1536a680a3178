using Tally.Documents;
using Tally.Pipeline;
using Tally.Text;

namespace Tally.Numbers;

/// <summary>
/// Assigns the Numbers layer: every counting figure, sentence by sentence, leaving out numbers inside
/// the date expressions the Dates layer found ("February 23-26").
/// </summary>
public sealed class NumberStage : ITallyStage
{
    private readonly NumberRecognizer _recognizer = new();

    public string Name => "numbers";
    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Dates;
    public Layer Assigns => Layer.Numbers;

    public void Process(TallyDocument doc)
    {
        var numbers = new List<NumberMention>();
        var dates = doc.Dates;
        bool IsDate(TextSpan span)
        {
            int lo = 0, hi = dates.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                var d = dates[mid].Span;
                if (d.End <= span.Start) lo = mid + 1;
                else if (d.Start >= span.End) hi = mid - 1;
                else return true;
            }
            return false;
        }
        // One delegate for the document: passing the local function itself would make a new one per sentence.
        Func<TextSpan, bool> isDate = IsDate;
        foreach (var window in SentenceWindows.Of(doc)) _recognizer.Scan(window, isDate, numbers);
        doc.Numbers = numbers;
    }
}
