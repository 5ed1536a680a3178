using System.Runtime.InteropServices;
using Tally.Documents;

namespace Tally.Text;

/// <summary>
/// Tokens with hyphenated words split at their hyphens ("Russia-Ukraine" becomes "Russia", "-",
/// "Ukraine"), so a lexicon finds names inside compounds the tokenizer keeps whole ("North
/// Korea-Russia", "US-led"). Lexicon phrases are split the same way, so "Guinea-Bissau" still
/// matches as one name.
/// </summary>
public static class WordPieces
{
    public static TextSpan[] Split(string text, IReadOnlyList<Token> tokens) =>
        Split(text, tokens switch
        {
            Token[] array => array,
            List<Token> list => CollectionsMarshal.AsSpan(list),
            _ => [.. tokens],
        });

    private static TextSpan[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        // Hyphens are few: each is found by one vectorised search of the text rather than a search per token.
        // Counted first so the array is exactly as long as needed: documents keep it for several stages.
        int count = tokens.Length;
        int t = 0;
        for (int h = text.IndexOf('-'); h >= 0; h = text.IndexOf('-', h + 1))
        {
            while (t < tokens.Length && tokens[t].Span.End <= h) t++;
            if (t == tokens.Length) break;
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Span.Start <= h) count += 2;
        }
        var pieces = new TextSpan[count];
        if (count == tokens.Length)
        {
            for (int k = 0; k < tokens.Length; k++) pieces[k] = tokens[k].Span;
            return pieces;
        }
        int n = 0;
        int hyphen = text.IndexOf('-');
        foreach (var token in tokens)
        {
            var span = token.Span;
            while (hyphen >= 0 && hyphen < span.Start) hyphen = text.IndexOf('-', hyphen + 1);
            if (token.Kind != TokenKind.Word || hyphen < 0 || hyphen >= span.End)
            {
                pieces[n++] = span;
                continue;
            }
            int start = span.Start;
            for (int i = span.Start; i < span.End; i++)
            {
                if (text[i] != '-') continue;
                pieces[n++] = new TextSpan(start, i);
                pieces[n++] = new TextSpan(i, i + 1);
                start = i + 1;
            }
            pieces[n++] = new TextSpan(start, span.End);
        }
        return pieces;
    }

    /// <summary>
    /// Where the first hyphen of a token is, or -1. A plain loop: a token is a few characters, and the stages ask
    /// this of nearly every one, where a call into the vectorised search costs more than the search.
    /// </summary>
    public static int HyphenIn(ReadOnlySpan<char> token)
    {
        for (int i = 0; i < token.Length; i++)
            if (token[i] == '-') return i;
        return -1;
    }

    /// <summary>The pieces of a lexicon phrase, normalised as document text is.</summary>
    public static string[] Of(string phrase)
    {
        // Most names are plain words between single spaces ("Kursk", "Gaza City"): split those
        // directly, as tokenizing tens of thousands of gazetteer names would slow the first load.
        if (IsPlain(phrase)) return phrase.Split(' ');
        var text = CharNormalizer.Normalize(phrase);
        return Split(text, Tokenizer.Tokenize(text, 0, text.Length)).Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    private static bool IsPlain(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ') return false;
        for (int i = 0; i < phrase.Length; i++)
        {
            char c = phrase[i];
            if (c == ' ' ? phrase[i - 1] == ' ' : !char.IsLetter(c)) return false;
        }
        return true;
    }
}
