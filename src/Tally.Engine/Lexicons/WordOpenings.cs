using System.Runtime.CompilerServices;

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
    // a pair of ASCII characters that falls in this bucket (folded as below). Pairs are hashed to one of 256 buckets
    // (2 KB, so the tables stay in cache); a shared bucket only lets more tokens through, and a large set that fills
    // the buckets still has the first-character test. Should ignoring case match a non-ASCII character to an ASCII
    // one (upper-casing it to ASCII, which .NET's ordinal casing does for none today), the lengths of words opening
    // with such a character are allowed after any opening; a token opening with a non-ASCII character always passes.
    // The tables lie inside the object rather than in arrays of their own: a test then reads no array reference first
    // and checks no index against a length, which every scan pays for nearly every token.
    private Lengths128 _lengthsByFirst;
    private Lengths256 _lengthsByPair;
    private readonly ulong _lengthsAfterAny;

    [InlineArray(128)]
    private struct Lengths128 { private ulong _lengths; }

    [InlineArray(256)]
    private struct Lengths256 { private ulong _lengths; }

    // An ASCII character as the tables hold it: with its 0x20 bit cleared when case is ignored, which upper-cases a
    // letter; the other characters it pairs ('[' with '{') only share entries, letting more tokens through. A mask
    // rather than a table of folded characters, so a test reads one table fewer.
    private readonly uint _fold;

    public WordOpenings(IEnumerable<string> words, bool ignoreCase = true)
    {
        _fold = ignoreCase ? 0x5Fu : 0x7Fu;
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            char first = word[0], second = word.Length > 1 ? word[1] : '\0';
            if ((first | second) <= 0x7F)
            {
                _lengthsByFirst[(int)(first & _fold)] |= LengthBit(word.Length);
                _lengthsByPair[Pair(first & _fold, second & _fold)] |= LengthBit(word.Length);
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
        uint f = first & _fold, s = second & _fold;
        // f is under 128, which the mask tells the compiler, so the read checks no index.
        return ((_lengthsByFirst[(int)(f & 0x7F)] & _lengthsByPair[Pair(f, s)] | _lengthsAfterAny) & LengthBit(token.Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The bucket of an opening pair, from its two characters as folded.</summary>
    private static int Pair(uint first, uint second) => (int)(((first << 7) | second) * 0x9E3779B1u >> 24);
}
