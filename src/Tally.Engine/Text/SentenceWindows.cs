using Tally.Documents;

namespace Tally.Text;

/// <summary>Walks a document's sentences and tokens together, yielding one <see cref="TokenWindow"/> per sentence.</summary>
public static class SentenceWindows
{
    public static IEnumerable<TokenWindow> Of(TallyDocument doc)
    {
        // The List itself, as TokenWindow keeps it: reading through IReadOnlyList is an interface call a token.
        var tokens = doc.Tokens as List<Token> ?? [.. doc.Tokens];
        var text = doc.Normalized;
        int t = 0;
        foreach (var sentence in doc.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start) t++;
            int end = t;
            while (end < tokens.Count && tokens[end].Span.End <= sentence.Span.End) end++;
            yield return new TokenWindow(text, tokens, t, end);
            t = end;
        }
    }

    /// <summary>The window of the one sentence with the given index.</summary>
    public static TokenWindow At(TallyDocument doc, int sentence)
    {
        var span = doc.Sentences[sentence].Span;
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].Span.Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < tokens.Count && tokens[end].Span.End <= span.End) end++;
        return new TokenWindow(doc.Normalized, tokens, lo, end);
    }
}
