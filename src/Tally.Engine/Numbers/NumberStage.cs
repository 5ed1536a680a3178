using Tally.Documents;
using Tally.Pipeline;
using Tally.Text;
using Tally.Time;

namespace Tally.Numbers;

/// <summary>
/// Assigns the Numbers layer: every counting figure, sentence by sentence, leaving out numbers inside
/// the date expressions the Dates layer found ("February 23-26"). A "since" period also spans the words of
/// its event ("since a roadside bomb wounded four peacekeepers on the Obo road in November"): only its
/// date's own numbers are left out there.
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
        var all = new TokenWindow(doc.Normalized, doc.TokenArray, 0, doc.TokenArray.Length);
        bool IsDate(TextSpan span)
        {
            int lo = 0, hi = dates.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                var d = dates[mid].Span;
                if (d.End <= span.Start) lo = mid + 1;
                else if (d.Start >= span.End) hi = mid - 1;
                else return !dates[mid].Since || IsDateNumber(all, span);
            }
            return false;
        }
        // One delegate for the document: passing the local function itself would make a new one per sentence.
        Func<TextSpan, bool> isDate = IsDate;
        foreach (var window in SentenceWindows.Of(doc)) _recognizer.Scan(window, isDate, numbers);
        doc.Numbers = numbers;
    }

    /// <summary>Whether the number at <paramref name="span"/> belongs to a date: a year, or a day next to its month ("Feb. 24", "24 February").</summary>
    private static bool IsDateNumber(TokenWindow all, TextSpan span)
    {
        int first = all.IndexAt(span.Start), last = all.LastIndexBefore(span.End);
        if (first == last && all.IsNumber(first) && all.Chars(first).Length == 4) return true;
        int before = all.IsPunct(first - 1, '.') ? first - 2 : first - 1;
        return IsMonth(all, before) || IsMonth(all, last + 1) || all.Is(last + 1, "of") && IsMonth(all, last + 2);
    }

    private static bool IsMonth(TokenWindow w, int i) => w.IsWord(i) && TimeWords.IsMonth(w.Chars(i));
}
