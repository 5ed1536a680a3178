using System.Collections.Frozen;
using Tally.Text;

namespace Tally.Lexicons;

/// <summary>A lexicon phrase tokenised like the text, with what it means.</summary>
public sealed record Phrase<T>(string[] Words, T Meaning);

/// <summary>
/// Multi-word lexicon entries matched token by token over a sentence, ignoring case, longest first.
/// Indexed by first and by last word in frozen dictionaries read through span lookups, so matching allocates
/// nothing; most misses are told by <see cref="WordOpenings"/> without a hash probe. Immutable and thread-safe.
/// (<see cref="PhraseMatcher{T}"/> is its case-sensitive sibling over word pieces, for names.)
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;
    private readonly FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;
    private readonly WordOpenings _firstOpenings;
    private readonly WordOpenings _lastOpenings;

    public PhraseTable(IEnumerable<Phrase<T>> phrases)
    {
        var all = phrases.Where(p => p.Words.Length > 0).OrderByDescending(p => p.Words.Length).ToArray();
        _byFirst = Index(all, p => p.Words[0]);
        FirstWords = all.Select(p => p.Words[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _byLast = Index(all, p => p.Words[^1]);
        _firstOpenings = new WordOpenings(all.Select(p => p.Words[0]));
        _lastOpenings = new WordOpenings(all.Select(p => p.Words[^1]));
    }

    /// <summary>The words phrases start with.</summary>
    public IReadOnlyList<string> FirstWords { get; }

    /// <summary>The phrases whose first word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<Phrase<T>> StartingWith(ReadOnlySpan<char> word) => _byFirst.TryGetValue(word, out var phrases) ? phrases : [];

    /// <summary>The longest phrase starting at token i that <paramref name="accept"/> allows, or null.</summary>
    public Phrase<T>? At(TokenWindow w, int i, Func<T, bool>? accept = null)
    {
        if (!w.InRange(i)) return null;
        var first = w.Chars(i);
        if (!_firstOpenings.MayMatch(first) || !_byFirst.TryGetValue(first, out var candidates)) return null;
        // The probe matched the first word, ignoring case as the words are compared: only the rest is compared.
        foreach (var p in candidates)
            if ((accept is null || accept(p.Meaning)) && w.Matches(i + 1, p.Words.AsSpan(1))) return p;
        return null;
    }

    /// <summary>The longest phrase ending exactly at token <paramref name="last"/> that <paramref name="accept"/> allows, or null.</summary>
    public Phrase<T>? EndingAt(TokenWindow w, int last, Func<T, bool>? accept = null)
    {
        if (!w.InRange(last)) return null;
        var final = w.Chars(last);
        if (!_lastOpenings.MayMatch(final) || !_byLast.TryGetValue(final, out var candidates)) return null;
        // The probe matched the last word: only the words before it are compared.
        foreach (var p in candidates)
            if ((accept is null || accept(p.Meaning)) && w.MatchesBefore(last, p.Words.AsSpan(0, p.Words.Length - 1))) return p;
        return null;
    }

    private static FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> Index(Phrase<T>[] all, Func<Phrase<T>, string> key) =>
        all.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
