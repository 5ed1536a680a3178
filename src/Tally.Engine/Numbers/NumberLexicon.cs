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

/// <summary>A multi-word lexicon entry, tokenised the way the text is, with what it means.</summary>
internal sealed record Phrase<T>(string[] Words, T Meaning);

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

        Vague = LexiconFile.Rows("vague-amounts.tsv")
            .Select(r => new Phrase<CountRange>(Split(r[0]), new CountRange(decimal.Parse(r[1], CultureInfo.InvariantCulture), decimal.Parse(r[2], CultureInfo.InvariantCulture))))
            .OrderByDescending(p => p.Words.Length).ToArray();
        Hedges = LexiconFile.Rows("hedges.tsv").Select(r => new Phrase<Qualifier>(Split(r[0]), ReadQualifier(r[1], r.Length > 2 ? r[2] : "")))
            .OrderByDescending(p => p.Words.Length).ToArray();
        Suffixes = LexiconFile.Rows("number-suffixes.tsv").Select(r => new Phrase<Qualifier>(Split(r[0]), ReadQualifier(r[1], r[1])))
            .OrderByDescending(p => p.Words.Length).ToArray();
        Fractions = LexiconFile.Rows("fractions.tsv")
            .ToFrozenDictionary(r => r[0], r => decimal.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        NotCounts = LexiconFile.Set("not-counts.tsv");
        CodePrefixes = LexiconFile.Set("code-prefixes.tsv");
        Currencies = LexiconFile.Map("currencies.tsv");
    }

    public FrozenDictionary<string, (decimal Value, NumberWordRole Role)> Words { get; }
    public Phrase<CountRange>[] Vague { get; }
    public Phrase<Qualifier>[] Hedges { get; }
    public Phrase<Qualifier>[] Suffixes { get; }
    public FrozenDictionary<string, decimal> Fractions { get; }
    public FrozenSet<string> NotCounts { get; }
    public FrozenSet<string> CodePrefixes { get; }
    public FrozenDictionary<string, string> Currencies { get; }

    /// <summary>Tokenises a lexicon phrase exactly as the text is tokenised, so phrases match token by token.</summary>
    internal static string[] Split(string phrase) =>
        Tokenizer.Tokenize(phrase, 0, phrase.Length).Select(t => phrase[t.Span.Start..t.Span.End]).ToArray();

    private static Qualifier ReadQualifier(string hedge, string flags) => new(
        ClaimNames.TryParseHedge(hedge, out var h) ? h : null,
        flags.Contains("increment", StringComparison.Ordinal),
        flags.Contains("total", StringComparison.Ordinal));
}
