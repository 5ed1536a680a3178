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
/// into frozen, case-insensitive lookups. The word sets are handed out as span lookups made here once:
/// the recogniser probes nearly every token, and getting a lookup costs a type check each time.
/// Immutable and shared.
/// </summary>
internal sealed class NumberLexicon
{
    public static NumberLexicon Shared { get; } = new();

    private NumberLexicon()
    {
        var words = new Dictionary<string, (decimal, NumberWordRole)>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in LexiconFile.Rows("number-words.tsv"))
            words[r[0]] = (decimal.Parse(r[1], CultureInfo.InvariantCulture), Enum.Parse<NumberWordRole>(r[2], ignoreCase: true));
        var frozenWords = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Words = frozenWords.GetAlternateLookup<ReadOnlySpan<char>>();

        Vague = new(LexiconFile.Rows("vague-amounts.tsv").Select(r => new Phrase<CountRange>(LexiconFile.Words(r[0]),
            new CountRange(decimal.Parse(r[1], CultureInfo.InvariantCulture), decimal.Parse(r[2], CultureInfo.InvariantCulture)))));
        Hedges = new(LexiconFile.Rows("hedges.tsv").Select(r => new Phrase<Qualifier>(LexiconFile.Words(r[0]), ReadQualifier(r[1], r.Length > 2 ? r[2] : ""))));
        Suffixes = new(LexiconFile.Rows("number-suffixes.tsv").Select(r => new Phrase<Qualifier>(LexiconFile.Words(r[0]), ReadQualifier(r[1], r[1]))));
        var fractions = LexiconFile.Rows("fractions.tsv")
            .ToFrozenDictionary(r => r[0], r => decimal.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        Fractions = fractions.GetAlternateLookup<ReadOnlySpan<char>>();
        NotCounts = LexiconFile.Set("not-counts.tsv").GetAlternateLookup<ReadOnlySpan<char>>();
        SizePhrases = new(LexiconFile.Rows("size-phrases.txt").Select(r => new Phrase<bool>(LexiconFile.Words(r[0]), true)));
        // Markdig's opening characters, for words: only these can start a spelled-out or vague figure.
        var openingWords = frozenWords.Keys.Concat(fractions.Keys).Concat(["a", "an", "several", "some", "scores", "tens", "a few"])
            .Concat(Vague.FirstWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _openingWords = openingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _openingShapes = new WordOpenings(openingWords);
        CodePrefixes = LexiconFile.Set("code-prefixes.tsv").GetAlternateLookup<ReadOnlySpan<char>>();
        UnitNames = LexiconFile.Set("unit-names.txt").GetAlternateLookup<ReadOnlySpan<char>>();
        var currencies = LexiconFile.Map("currencies.tsv");
        Currencies = currencies.GetAlternateLookup<ReadOnlySpan<char>>();
        _currencyShapes = new WordOpenings(currencies.Keys);
        CurrencyWords = new(LexiconFile.Rows("currencies.tsv").Select(r => new Phrase<string>(LexiconFile.Words(r[0]), r[1])));
        _localCurrencies = LexiconFile.Rows("currency-countries.tsv")
            .ToFrozenDictionary(r => LocalKey(string.Join(' ', LexiconFile.Words(r[0])), r[1]), r => r[2], StringComparer.OrdinalIgnoreCase);
    }

    public FrozenDictionary<string, (decimal Value, NumberWordRole Role)>.AlternateLookup<ReadOnlySpan<char>> Words { get; }
    public PhraseTable<CountRange> Vague { get; }
    public PhraseTable<Qualifier> Hedges { get; }
    public PhraseTable<Qualifier> Suffixes { get; }
    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Fractions { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCounts { get; }
    /// <summary>Phrases before a figure that make it a size: "a population of", "home to" (size-phrases.txt).</summary>
    public PhraseTable<bool> SizePhrases { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodePrefixes { get; }

    /// <summary>Capitalised unit nouns after a number that make it part of a name ("the 444 Brigade"), from unit-names.txt.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNames { get; }
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Currencies { get; }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _openingWords;
    private readonly WordOpenings _openingShapes;
    private readonly WordOpenings _currencyShapes;
    private readonly FrozenDictionary<string, string> _localCurrencies;

    /// <summary>Whether a spelled-out or vague figure can start with <paramref name="word"/>; most words are told without a probe.</summary>
    public bool IsOpeningWord(ReadOnlySpan<char> word) => _openingShapes.MayMatch(word) && _openingWords.Contains(word);

    /// <summary>Whether <paramref name="token"/> is a currency sign or word; most punctuation is told without a probe.</summary>
    public bool IsCurrency(ReadOnlySpan<char> token) => _currencyShapes.MayMatch(token) && Currencies.ContainsKey(token);

    /// <summary>The currencies named after a number, some in two words ("3 million Australian dollars").</summary>
    public PhraseTable<string> CurrencyWords { get; }

    /// <summary>
    /// The code of a currency word several countries use ("shillings", "pesos") in a story set in
    /// <paramref name="country"/> (currency-countries.tsv), or null where the country uses no currency of that name.
    /// The word is given as its tokens joined by spaces ("rs ." for "Rs.").
    /// </summary>
    public string? LocalCurrency(string word, string country) => _localCurrencies.GetValueOrDefault(LocalKey(word, country));

    private static string LocalKey(string word, string country) => word + "\t" + country;

    private static Qualifier ReadQualifier(string hedge, string flags) => new(
        ClaimNames.TryParseHedge(hedge, out var h) ? h : null,
        flags.Contains("increment", StringComparison.Ordinal),
        flags.Contains("total", StringComparison.Ordinal));
}
