using System.Text;

namespace Tally.Lexicons;

/// <summary>
/// Text searched for lexicon and grammar words ignoring case, exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// finds them, without the general search's cost in the common case of an ASCII word: the invariant globalisation mode
/// searches ignoring case one character at a time through the general casing rules.
/// </summary>
internal static class WordComparison
{
    /// <summary>
    /// Whether <paramref name="word"/> stands anywhere in <paramref name="text"/> ignoring case, as
    /// <see cref="MemoryExtensions.Contains(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> finds it.
    /// </summary>
    public static bool ContainsIgnoringCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word) => IndexOfIgnoringCase(text, word) >= 0;

    /// <summary>
    /// Where <paramref name="word"/> first stands in <paramref name="text"/> ignoring case, or -1, as
    /// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> finds it.
    /// </summary>
    public static int IndexOfIgnoringCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        // Ordinal casing equates no other character with an ASCII one, so an ASCII word matches only where the text is
        // ASCII: a vectorised search for the word's first character, in either case, finds the candidates, and the
        // text itself need not be ASCII.
        if (word.IsEmpty || !Ascii.IsValid(word)) return text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        char first = word[0];
        char lower = char.IsAsciiLetter(first) ? (char)(first | 0x20) : first, upper = char.IsAsciiLetter(first) ? (char)(first & ~0x20) : first;
        int last = text.Length - word.Length;
        for (int at = 0; at <= last; at++)
        {
            int found = text[at..(last + 1)].IndexOfAny(lower, upper);
            if (found < 0) return -1;
            at += found;
            // Ascii.EqualsIgnoreCase tells a non-ASCII character from every ASCII one, as ordinal casing does.
            if (Ascii.EqualsIgnoreCase(text.Slice(at, word.Length), word)) return at;
        }
        return -1;
    }
}
