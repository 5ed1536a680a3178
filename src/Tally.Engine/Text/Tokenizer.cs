using Tally.Documents;

namespace Tally.Text;

/// <summary>
/// Splits normalised text into words, numbers and punctuation. Letters and digits joined by hyphens
/// or inner apostrophes stay one word ("F-16", "Covid-19", "O'Brien"), so codes never look like counts;
/// a possessive "'s" is its own token so "Ukraine's" looks up as "Ukraine". A number is digits with
/// inner ',' or '.' separators ("3,500", "1.2").
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// The tokens of a whole text in an array exactly as long as needed, as a document keeps them: gathered in a list
    /// kept for the thread, so a document's tokens cost one array rather than a list's growing copies and then an array.
    /// </summary>
    public static Token[] TokenizeAll(string text)
    {
        var buffer = _buffer ?? new List<Token>();
        buffer.Clear();
        var tokens = Tokenize(text, 0, text.Length, buffer).ToArray();
        // A huge text's list is let go rather than held by the thread.
        _buffer = buffer.Capacity <= MaxKeptTokens ? buffer : null;
        return tokens;
    }

    [ThreadStatic] private static List<Token>? _buffer;

    private const int MaxKeptTokens = 1 << 16;

    private static readonly string[] ScaleWords = ["million", "billion", "trillion", "bn", "m"];

    /// <summary>Whether the digits at <paramref name="i"/> are a sum of money: grouped ("50,000") or scaled ("150 million", "2.23bn").</summary>
    private static bool IsSum(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        bool separated = false;
        while (j < s.Length && (char.IsAsciiDigit(s[j]) || s[j] is ',' or '.' && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1])))
            separated |= s[j++] is ',' or '.';
        if (separated) return true;
        if (j < s.Length && s[j] is ' ' or '-') j++;
        foreach (var scale in ScaleWords)
            if (s[j..].StartsWith(scale, StringComparison.OrdinalIgnoreCase) && (j + scale.Length == s.Length || !char.IsLetter(s[j + scale.Length]))) return true;
        return false;
    }

    public static List<Token> Tokenize(string text, int start, int end, List<Token>? into = null)
    {
        var tokens = into ?? new List<Token>(Math.Max(4, (end - start) / 5));
        // Read as a span ending at end, so that testing an index against its length drops the bounds check.
        var s = text.AsSpan(0, end);
        int i = start;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c))
            {
                int j = i + 1;
                while (j < s.Length && (char.IsAsciiDigit(s[j]) || ((s[j] == ',' || s[j] == '.') && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1])))) j++;
                // Digits running into letters ("3rd", "10km", "4th") form one word: never a bare count.
                if (j < s.Length && char.IsLetter(s[j]))
                {
                    j = WordEnd(s, j);
                    tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
                }
                else tokens.Add(new Token(new TextSpan(i, j), TokenKind.Number));
                i = j;
                continue;
            }
            // "R2.37-billion", "R828-million": the rand's sign glued to its figure stands apart like "$", so the
            // figure reads as a number rather than as part of a code; so does the rupee's "Rs" ("Rs10 million",
            // "Rs2.5bn"). Nigeria's press writes the naira so too ("N150 million", "N50,000"), but "N95" and the
            // N1 road are codes: the naira's sign stands apart only before a sum with a separator or a scale word.
            if (c is 'R' or 'N' && (i == 0 || !char.IsLetterOrDigit(s[i - 1]))
                && (c == 'R' && i + 2 < s.Length && s[i + 1] == 's' ? 2 : 1) is var sign
                && i + sign < s.Length && char.IsAsciiDigit(s[i + sign]) && (c == 'R' || IsSum(s, i + 1)))
            {
                tokens.Add(new Token(new TextSpan(i, i + sign), TokenKind.Word));
                i += sign;
                continue;
            }
            if (char.IsLetter(c))
            {
                int j = WordEnd(s, i);
                // Split a trailing possessive "'s" (or a bare "'" after s) into its own token.
                if (j - i > 2 && s[j - 2] == '\'' && (s[j - 1] == 's' || s[j - 1] == 'S'))
                {
                    tokens.Add(new Token(new TextSpan(i, j - 2), TokenKind.Word));
                    tokens.Add(new Token(new TextSpan(j - 2, j), TokenKind.Word));
                }
                else tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
                i = j;
                continue;
            }
            tokens.Add(new Token(new TextSpan(i, i + 1), TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length)
        {
            char c = s[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            // A joiner continues the word only between two letters or digits.
            if ((c == '-' || c == '\'' || c == '.' && j + 1 < s.Length && char.IsLetter(s[j + 1]) && j - i == 1)
                && j + 1 < s.Length && char.IsLetterOrDigit(s[j + 1]))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }
}
