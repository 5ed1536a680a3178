using System.Text;

namespace Tally.Lexicons;

/// <summary>
/// Text compared with lexicon and grammar words ignoring case, exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares them, without the general comparison's cost in the common case of ASCII text: most tokens asked about differ
/// from the word in their first character, and the invariant globalisation mode searches a name for a word one character
/// at a time through the general casing rules.
/// </summary>
internal static class WordComparison
{
    public static bool SameIgnoringCase(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length) return false;
        for (int k = 0; k < token.Length; k++)
        {
            uint a = token[k], b = word[k];
            if (a == b) continue;
            // Past ASCII, case has more rules than a bit: the general comparison decides from here on.
            if ((a | b) > 0x7F) return token[k..].Equals(word.AsSpan(k), StringComparison.OrdinalIgnoreCase);
            // Two ASCII characters are equal ignoring case only as the two cases of one letter.
            if ((a ^ b) != 0x20 || (a | 0x20) - 'a' > 'z' - 'a') return false;
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> stands anywhere in <paramref name="text"/> ignoring case, as
    /// <see cref="MemoryExtensions.Contains(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> finds it.
    /// </summary>
    public static bool ContainsIgnoringCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        // In ASCII text a vectorised search for the word's first character, in either case, finds the candidates.
        if (word.IsEmpty || !Ascii.IsValid(text) || !Ascii.IsValid(word)) return text.Contains(word, StringComparison.OrdinalIgnoreCase);
        char first = word[0];
        char lower = char.IsAsciiLetter(first) ? (char)(first | 0x20) : first, upper = char.IsAsciiLetter(first) ? (char)(first & ~0x20) : first;
        int last = text.Length - word.Length;
        for (int at = 0; at <= last; at++)
        {
            int found = text[at..(last + 1)].IndexOfAny(lower, upper);
            if (found < 0) return false;
            at += found;
            if (Ascii.EqualsIgnoreCase(text.Slice(at, word.Length), word)) return true;
        }
        return false;
    }
}
