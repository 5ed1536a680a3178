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

    public static List<Token> Tokenize(string text, int start, int end, List<Token>? into = null)
    {
        var tokens = into ?? new List<Token>(Math.Max(4, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c))
            {
                int j = i + 1;
                while (j < end && (char.IsAsciiDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < end && char.IsAsciiDigit(text[j + 1])))) j++;
                // Digits running into letters ("3rd", "10km", "4th") form one word: never a bare count.
                if (j < end && char.IsLetter(text[j]))
                {
                    j = WordEnd(text, j, end);
                    tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
                }
                else tokens.Add(new Token(new TextSpan(i, j), TokenKind.Number));
                i = j;
                continue;
            }
            if (char.IsLetter(c))
            {
                int j = WordEnd(text, i, end);
                // Split a trailing possessive "'s" (or a bare "'" after s) into its own token.
                if (j - i > 2 && text[j - 2] == '\'' && (text[j - 1] == 's' || text[j - 1] == 'S'))
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

    private static int WordEnd(string text, int i, int end)
    {
        int j = i;
        while (j < end)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            // A joiner continues the word only between two letters or digits.
            if ((c == '-' || c == '\'' || c == '.' && j + 1 < end && char.IsLetter(text[j + 1]) && j - i == 1)
                && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }
}
