namespace Tally.Lexicons;

/// <summary>
/// The lengths a set's words have after each opening character: Markdig's opening characters, told apart by
/// length. A token whose opening and length no word shares is not in the set, and testing that is two array
/// reads where a frozen-dictionary probe hashes the whole token; most tokens of a text are in no lexicon, so a
/// stage tests this before it probes. Ignores case unless built case-sensitive. Immutable and thread-safe.
/// </summary>
internal sealed class WordOpenings
{
    // Bit n of an entry: some word of length n (63 standing for 63 or more) opens with this ASCII character,
    // upper-cased when case is ignored. Ignoring case can match a non-ASCII character to an ASCII one ("ı"
    // upper-cases to "I"), so the lengths of words opening with one are then allowed after any opening; a
    // token opening with a non-ASCII character always passes.
    private readonly ulong[] _lengthsByOpening = new ulong[128];
    private readonly ulong _lengthsAfterAny;
    private readonly bool _ignoreCase;

    public WordOpenings(IEnumerable<string> words, bool ignoreCase = true)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            if (char.IsAscii(word[0])) _lengthsByOpening[Fold(word[0])] |= LengthBit(word.Length);
            // Case-sensitively, a word opening with a non-ASCII character matches only tokens that pass anyway.
            else if (ignoreCase) _lengthsAfterAny |= LengthBit(word.Length);
        }
    }

    /// <summary>Whether some word of the set may equal <paramref name="token"/>; false means it is none of them.</summary>
    public bool MayMatch(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || !char.IsAscii(token[0])) return true;
        return ((_lengthsByOpening[Fold(token[0])] | _lengthsAfterAny) & LengthBit(token.Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private char Fold(char c) => _ignoreCase && char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
}
