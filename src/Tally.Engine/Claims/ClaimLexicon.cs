using System.Collections.Frozen;
using Tally.Lexicons;
using Tally.Numbers;

namespace Tally.Claims;

/// <summary>A counted noun: the kind it names, the measure it implies and the part of a whole it picks out.</summary>
internal sealed record CountedNoun(string Kind, Measure? Measure, string? Qualifier)
{
    /// <summary>Nouns like "fatalities" say what happened, not to whom: the context gives the kind.</summary>
    public bool KindFromContext => Kind == "?";
}

/// <summary>Where a measure word stands relative to the figure it governs.</summary>
internal enum MeasureRole : byte
{
    Verb,
    Before,
    Direct,
}

/// <summary>What a sentence-level cue word changes about a claim.</summary>
internal enum ClaimCue : byte
{
    Total,
    Estimated,
    Claimed,
    Denied,
    Comparison,
}

/// <summary>
/// The lexicons the claim stage reads (counted-nouns.tsv, measure-words.tsv, claim-cues.tsv, np-stops.txt),
/// loaded once and shared. Multi-word entries are tokenised like the text and tried longest first.
/// </summary>
internal sealed class ClaimLexicon
{
    public static ClaimLexicon Shared { get; } = new();

    private ClaimLexicon()
    {
        Nouns = LexiconFile.Rows("counted-nouns.tsv")
            .Select(r => new Phrase<CountedNoun>(NumberLexicon.Split(r[0]), new CountedNoun(
                r[1], r[2] == "-" ? null : Parse(r[2]), r[3] is "-" or "qualifier" ? null : r[3])))
            .OrderByDescending(p => p.Words.Length).ToArray();
        NounFirstWords = Nouns.Select(p => p.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MeasureWords = LexiconFile.Rows("measure-words.tsv")
            .Select(r => new Phrase<(Measure, MeasureRole)>(NumberLexicon.Split(r[0]), (Parse(r[1]), Enum.Parse<MeasureRole>(r[2], ignoreCase: true))))
            .OrderByDescending(p => p.Words.Length).ToArray();
        MeasureFirstWords = MeasureWords.Select(p => p.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MeasureLastWords = MeasureWords.Select(p => p.Words[^1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Cues = LexiconFile.Rows("claim-cues.tsv")
            .Select(r => new Phrase<ClaimCue>(NumberLexicon.Split(r[0]), Enum.Parse<ClaimCue>(r[1], ignoreCase: true)))
            .OrderByDescending(p => p.Words.Length).ToArray();
        NounPhraseStops = LexiconFile.Set("np-stops.txt");
    }

    public Phrase<CountedNoun>[] Nouns { get; }
    public FrozenSet<string> NounFirstWords { get; }
    public Phrase<(Measure Measure, MeasureRole Role)>[] MeasureWords { get; }
    public FrozenSet<string> MeasureFirstWords { get; }
    public FrozenSet<string> MeasureLastWords { get; }
    public Phrase<ClaimCue>[] Cues { get; }
    public FrozenSet<string> NounPhraseStops { get; }

    private static Measure Parse(string name) =>
        ClaimNames.TryParseMeasure(name, out var m) ? m : throw new InvalidOperationException($"[E008] Unknown measure '{name}' in a lexicon file.");
}
