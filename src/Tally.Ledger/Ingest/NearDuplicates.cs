using System.Numerics;

namespace Tally.Ledger.Ingest;

/// <summary>
/// Finds syndicated copies: articles that are the same text with a different header, byline or
/// footer. Each text becomes a set of 4-word shingles; a 64-bit SimHash of the set finds candidates
/// cheaply (a few Hamming bits apart), and the shingle sets' Jaccard similarity confirms them.
/// Not thread-safe; one index serves one ingest.
/// </summary>
public sealed class NearDuplicates
{
    /// <summary>Words per shingle: long enough that two articles on one topic share few, short enough to survive edits.</summary>
    public const int ShingleWords = 4;

    /// <summary>
    /// Candidates differ in at most this many SimHash bits. Unrelated texts differ in about 32 (±4);
    /// texts with Jaccard 0.7 in about 12, so 18 misses few copies and lets few strangers through.
    /// </summary>
    public const int MaxHammingDistance = 18;

    /// <summary>Shingle sets this similar make a copy: the body is shared, a header or footer differs.</summary>
    public const double MinJaccard = 0.7;

    private readonly List<(long Id, ulong SimHash)> _known;

    public NearDuplicates(IEnumerable<(long Id, ulong SimHash)> known) => _known = [.. known];

    public void Add(long id, ulong simHash) => _known.Add((id, simHash));

    /// <summary>Known documents whose SimHash is near <paramref name="simHash"/>, nearest first.</summary>
    public IEnumerable<long> Candidates(ulong simHash) =>
        _known.Select(k => (k.Id, Distance: BitOperations.PopCount(k.SimHash ^ simHash)))
            .Where(k => k.Distance <= MaxHammingDistance)
            .OrderBy(k => k.Distance).ThenBy(k => k.Id)
            .Select(k => k.Id);

    /// <summary>The hashed 4-word shingles of a text: lower-cased letters and digits, punctuation and layout ignored.</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) current.Append(char.ToLowerInvariant(ch));
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        var shingles = new HashSet<ulong>();
        if (words.Count < ShingleWords)
        {
            if (words.Count > 0) shingles.Add(Fnv1a(string.Join(' ', words)));
            return shingles;
        }
        var array = words.ToArray();
        for (int i = 0; i + ShingleWords <= array.Length; i++)
            shingles.Add(Fnv1a(string.Join(' ', array, i, ShingleWords)));
        return shingles;
    }

    /// <summary>Charikar's SimHash of a shingle set: each bit is the majority vote of the shingles' bits.</summary>
    public static ulong SimHash(IReadOnlyCollection<ulong> shingles)
    {
        Span<int> votes = stackalloc int[64];
        foreach (var h in shingles)
        {
            // Shingle hashes from FNV-1a are poorly mixed in their high bits; mix before voting.
            var x = Mix(h);
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((x >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (int bit = 0; bit < 64; bit++)
            if (votes[bit] > 0) result |= 1UL << bit;
        return result;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>64-bit FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Fnv1a(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (var ch in s)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
