using System.Collections.Frozen;
using System.Globalization;
using Tally.Claims;
using Tally.Lexicons;
using Tally.Text;

namespace Tally.Numbers;

/// <summary>What part a spelled-out number word plays when words combine ("three hundred thousand").</summary>
internal enum NumberWordRole : byte
{
    Unit,
    Ten,
    Hundred,
    /// <summary>"dozen", "dozens": multiplies what precedes it by twelve.</summary>
    Dozen,
    Scale,
    Suffix,
}

/// <summary>How a word before or after a number qualifies it.</summary>
internal readonly record struct Qualifier(Hedge? Hedge, bool Increment, bool Total);

/// <summary>
/// The number lexicons (Lexicons/Data/number-words.tsv, hedges.tsv, vague-amounts.tsv, …), loaded once
/// into frozen, case-insensitive lookups. Immutable and shared.
/// </summary>
internal sealed class NumberLexicon
{
    public static NumberLexicon Shared { get; } = new();

    private NumberLexicon()
    {
        var words = new Dictionary<string, (decimal, NumberWordRole)>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in LexiconFile.Rows("number-words.tsv"))
            words[r[0]] = (decimal.Parse(r[1], CultureInfo.InvariantCulture), Enum.Parse<NumberWordRole>(r[2], ignoreCase: true));
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        Vague = new(LexiconFile.Rows("vague-amounts.tsv").Select(r => new Phrase<CountRange>(LexiconFile.Words(r[0]),
            new CountRange(decimal.Parse(r[1], CultureInfo.InvariantCulture), decimal.Parse(r[2], CultureInfo.InvariantCulture)))));
        Hedges = new(LexiconFile.Rows("hedges.tsv").Select(r => new Phrase<Qualifier>(LexiconFile.Words(r[0]), ReadQualifier(r[1], r.Length > 2 ? r[2] : ""))));
        Suffixes = new(LexiconFile.Rows("number-suffixes.tsv").Select(r => new Phrase<Qualifier>(LexiconFile.Words(r[0]), ReadQualifier(r[1], r[1]))));
        Fractions = LexiconFile.Rows("fractions.tsv")
            .ToFrozenDictionary(r => r[0], r => decimal.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        NotCounts = LexiconFile.Set("not-counts.tsv");
        // Markdig's opening characters, for words: only these can start a spelled-out or vague figure.
        OpeningWords = Words.Keys.Concat(Fractions.Keys).Concat(["a", "an", "several", "some", "scores", "tens", "a few"])
            .Concat(Vague.FirstWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        CodePrefixes = LexiconFile.Set("code-prefixes.tsv");
        Currencies = LexiconFile.Map("currencies.tsv");
        CurrencyWords = new(LexiconFile.Rows("currencies.tsv").Select(r => new Phrase<string>(LexiconFile.Words(r[0]), r[1])));
    }

    public FrozenDictionary<string, (decimal Value, NumberWordRole Role)> Words { get; }
    public PhraseTable<CountRange> Vague { get; }
    public PhraseTable<Qualifier> Hedges { get; }
    public PhraseTable<Qualifier> Suffixes { get; }
    public FrozenDictionary<string, decimal> Fractions { get; }
    public FrozenSet<string> NotCounts { get; }
    public FrozenSet<string> OpeningWords { get; }
    public FrozenSet<string> CodePrefixes { get; }
    public FrozenDictionary<string, string> Currencies { get; }

    /// <summary>The currencies named after a number, some in two words ("3 million Australian dollars").</summary>
    public PhraseTable<string> CurrencyWords { get; }

    private static Qualifier ReadQualifier(string hedge, string flags) => new(
        ClaimNames.TryParseHedge(hedge, out var h) ? h : null,
        flags.Contains("increment", StringComparison.Ordinal),
        flags.Contains("total", StringComparison.Ordinal));
}
