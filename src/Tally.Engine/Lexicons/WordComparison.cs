using System.Text;

namespace Tally.Lexicons;

/// <summary>
/// Text searched for lexicon and grammar words ignoring case, exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// finds them, without the general search's cost in the common case of ASCII text: the invariant globalisation mode
/// searches ignoring case one character at a time through the general casing rules.
/// </summary>
internal static class WordComparison
{
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
