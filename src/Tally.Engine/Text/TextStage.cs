using Tally.Documents;
using Tally.Pipeline;

namespace Tally.Text;

/// <summary>
/// The first stage: folds typography (<see cref="CharNormalizer"/>) without moving offsets, then
/// assigns paragraphs (runs between line breaks), sentences and tokens.
/// </summary>
public sealed class TextStage : ITallyStage
{
    private readonly SentenceSplitter _splitter = new();

    public string Name => "text";
    public Layer Requires => Layer.None;
    public Layer Assigns => Layer.Paragraphs | Layer.Sentences | Layer.Tokens;

    public void Process(TallyDocument doc)
    {
        var text = CharNormalizer.Normalize(doc.Text);
        doc.Normalized = text;
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        int i = 0;
        while (i < text.Length)
        {
            int end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                var span = new TextSpan(s, e);
                _splitter.Split(text, span, paragraphs.Count, sentences);
                paragraphs.Add(new Paragraph(span, paragraphs.Count, IsListItem(text, s, e)));
            }
            i = end + 1;
        }
        doc.Paragraphs = paragraphs;
        doc.Sentences = sentences;
        doc.Tokens = Tokenizer.TokenizeAll(text);
    }

    /// <summary>A line that starts with a bullet ("- ", "* ", "• ") and a space.</summary>
    private static bool IsListItem(string text, int start, int end) =>
        end - start > 2 && text[start] is '-' or '*' or '•' or '·' or '–' && text[start + 1] == ' ';
}
