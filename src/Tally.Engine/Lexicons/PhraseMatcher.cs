using System.Collections.Frozen;
using Tally.Documents;
using Tally.Text;

namespace Tally.Lexicons;

/// <summary>
/// Finds the longest of a fixed set of phrases starting at a word piece (<see cref="WordPieces"/>),
/// case-sensitively. Phrases are indexed by their first piece in a frozen dictionary read through a
/// span lookup, so scanning a document allocates nothing per token. Where a phrase is given twice the
/// first value wins. Immutable and thread-safe once built.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    // What a first piece opens with and how long it is (Markdig's OpeningCharacters, by length): most
    // words in a text are lower case and no name starts so, so two array reads skip the hash probe.
    private readonly WordOpenings _openings;

    // The pieces after the first, longest phrases first so the first hit is the longest.
    private sealed record Phrase(string[] Rest, T Value);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries)
    {
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (text, value) in entries)
        {
            var pieces = WordPieces.Of(text);
            if (pieces.Length == 0) continue;
            if (!byFirst.TryGetValue(pieces[0], out var list)) byFirst[pieces[0]] = list = [];
            var rest = pieces[1..];
            if (list.Exists(p => p.Rest.AsSpan().SequenceEqual(rest))) continue;
            list.Add(new Phrase(rest, value));
            Count++;
        }
        _openings = new WordOpenings(byFirst.Keys, ignoreCase: false);
        _byFirst = byFirst
            .ToFrozenDictionary(p => p.Key, p => Longest(p.Value), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct phrases the matcher knows.</summary>
    public int Count { get; }

    /// <summary>
    /// The number of pieces the longest phrase starting at <paramref name="i"/> covers, with its
    /// value; 0 when none starts there.
    /// </summary>
    public int Match(string text, ReadOnlySpan<TextSpan> pieces, int i, out T value)
    {
        value = default!;
        if (!MayStartAt(text, pieces[i]) || !_byFirst.TryGetValue(Slice(text, pieces[i]), out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            if (i + phrase.Rest.Length >= pieces.Length) continue;
            int k = 0;
            while (k < phrase.Rest.Length && Slice(text, pieces[i + 1 + k]).SequenceEqual(phrase.Rest[k])) k++;
            if (k < phrase.Rest.Length) continue;
            value = phrase.Value;
            return phrase.Rest.Length + 1;
        }
        return 0;
    }

    /// <summary>
    /// Whether a phrase may start at <paramref name="piece"/>; false for most pieces, told without a probe, so a
    /// scan over every piece tests this before it calls <see cref="Match"/>.
    /// </summary>
    public bool MayStartAt(string text, TextSpan piece) => _openings.MayMatch(Slice(text, piece));

    private static Phrase[] Longest(List<Phrase> phrases)
    {
        var array = phrases.ToArray();
        // Stable, so of phrases equally long the first given stays first.
        if (array.Length > 1) array = [.. array.OrderByDescending(p => p.Rest.Length)];
        return array;
    }

    private static ReadOnlySpan<char> Slice(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);
}
