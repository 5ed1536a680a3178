using Tally.Documents;

namespace Tally.Text;

/// <summary>Walks a document's sentences and tokens together, yielding one <see cref="TokenWindow"/> per sentence.</summary>
public static class SentenceWindows
{
    public static IEnumerable<TokenWindow> Of(TallyDocument doc)
    {
        // The array itself, as TokenWindow keeps it: reading through IReadOnlyList is an interface call a token.
        var tokens = doc.TokenArray;
        var text = doc.Normalized;
        int count = doc.Sentences.Count;
        for (int s = 0; s < count; s++)
        {
            // Read again each time: a span cannot live across a yield, and the document keeps the array.
            var range = doc.SentenceTokens()[s];
            yield return new TokenWindow(text, tokens, range.Start, range.End);
        }
    }

    /// <summary>The window of the one sentence with the given index.</summary>
    public static TokenWindow At(TallyDocument doc, int sentence)
    {
        var range = doc.SentenceTokens()[sentence];
        return new TokenWindow(doc.Normalized, doc.TokenArray, range.Start, range.End);
    }

    /// <summary>Each sentence's tokens: those wholly inside its span, in one walk over sentences and tokens together.</summary>
    internal static TokenRange[] TokenRanges(IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var ranges = new TokenRange[sentences.Count];
        int t = 0;
        for (int s = 0; s < ranges.Length; s++)
        {
            var span = sentences[s].Span;
            while (t < tokens.Count && tokens[t].Span.Start < span.Start) t++;
            int end = t;
            while (end < tokens.Count && tokens[end].Span.End <= span.End) end++;
            ranges[s] = new TokenRange(t, end);
            t = end;
        }
        return ranges;
    }
}
