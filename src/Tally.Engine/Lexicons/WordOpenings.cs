namespace Tally.Lexicons;

/// <summary>
/// The lengths a set's words have after each opening character and each opening pair of characters: Markdig's
/// opening characters, told apart by length and the second character. A token whose opening and length no word
/// shares is not in the set, and testing that is two array reads where a frozen-dictionary probe hashes the whole
/// token; most tokens of a text are in no lexicon, so a stage tests this before it probes. Ignores case unless
/// built case-sensitive. Immutable and thread-safe.
/// </summary>
internal sealed class WordOpenings
{
    // Bit n of an entry: some word of length n (63 standing for 63 or more) opens with this ASCII character, or with
    // a pair of ASCII characters that falls in this bucket (upper-cased when case is ignored). Pairs are hashed to
    // one of 256 buckets (2 KB, so the tables stay in cache); a shared bucket only lets more tokens through, and a
    // large set that fills the buckets still has the exact first-character test. Should ignoring case match a
    // non-ASCII character to an ASCII one (upper-casing it to ASCII, which .NET's ordinal casing does for none
    // today), the lengths of words opening with such a character are allowed after any opening; a token opening
    // with a non-ASCII character always passes.
    private readonly ulong[] _lengthsByFirst = new ulong[128];
    private readonly ulong[] _lengthsByPair = new ulong[256];
    private readonly ulong _lengthsAfterAny;

    // Each ASCII character as the tables hold it: upper-cased when case is ignored, else itself. Read from a table
    // rather than tested and branched on, since the scans ask this of nearly every token.
    private static readonly byte[] UpperAscii = [.. Enumerable.Range(0, 128).Select(c => (byte)char.ToUpperInvariant((char)c))];
    private static readonly byte[] SameAscii = [.. Enumerable.Range(0, 128).Select(c => (byte)c)];
    private readonly byte[] _fold;

    public WordOpenings(IEnumerable<string> words, bool ignoreCase = true)
    {
        _fold = ignoreCase ? UpperAscii : SameAscii;
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            char first = word[0], second = word.Length > 1 ? word[1] : '\0';
            if ((first | second) <= 0x7F)
            {
                _lengthsByFirst[_fold[first]] |= LengthBit(word.Length);
                _lengthsByPair[Pair(_fold[first], _fold[second])] |= LengthBit(word.Length);
            }
            // A word opening with a non-ASCII character matches only tokens that pass anyway, unless case is ignored
            // and that character equals an ASCII one ignoring case: a currency sign ("€") equals no other character.
            else if (ignoreCase && (FoldsToAscii(first) || FoldsToAscii(second))) _lengthsAfterAny |= LengthBit(word.Length);
        }
    }

    private static bool FoldsToAscii(char c) => c > 0x7F && char.ToUpperInvariant(c) <= 0x7F;

    /// <summary>Whether some word of the set may equal <paramref name="token"/>; false means it is none of them.</summary>
    public bool MayMatch(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty) return true;
        uint first = token[0], second = token.Length > 1 ? token[1] : 0u;
        if ((first | second) > 0x7F) return true;
        var fold = _fold;
        uint f = fold[first], s = fold[second];
        return ((_lengthsByFirst[f] & _lengthsByPair[Pair(f, s)] | _lengthsAfterAny) & LengthBit(token.Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The bucket of an opening pair, from its two characters as folded.</summary>
    private static int Pair(uint first, uint second) => (int)(((first << 7) | second) * 0x9E3779B1u >> 24);
}
