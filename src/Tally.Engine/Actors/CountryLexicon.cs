using System.Collections.Frozen;
using Tally.Lexicons;

namespace Tally.Actors;

/// <summary>What a form of a country's name is, finer than <see cref="ActorForm"/>: places need to know a capital from a metonym.</summary>
public enum CountryNameKind : byte
{
    /// <summary>The common or official name: "North Korea", "Democratic People's Republic of Korea".</summary>
    Name,
    /// <summary>Another name or abbreviation for the state: "DPRK", "Britain", "US".</summary>
    AltName,
    /// <summary>"North Korean", "Ukrainians".</summary>
    Demonym,
    /// <summary>The capital, standing for the state or naming the city: "Pyongyang", "Kiev".</summary>
    Capital,
    /// <summary>An institution standing for the state, never a place in a claim: "Kremlin", "White House".</summary>
    Metonym,
}

/// <summary>One form of a country's name and the country it names.</summary>
public readonly record struct CountryName(string Code, CountryNameKind Kind)
{
    /// <summary>How an <see cref="ActorMention"/> reports this form.</summary>
    public ActorForm Form => Kind switch
    {
        CountryNameKind.Name => ActorForm.Name,
        CountryNameKind.Demonym => ActorForm.Demonym,
        _ => ActorForm.Alias,
    };
}

/// <summary>A country or territory with an ISO 3166-1 alpha-2 code, as the lexicon data describes it.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);

/// <summary>
/// Countries, their names, demonyms, capitals and aliases, loaded once from the generated countries.tsv
/// (world-countries data) and the hand-kept country-aliases.tsv, whose rows win. Forms are
/// case-sensitive: "Turkey" is a country, "turkey" is not. Immutable and thread-safe.
/// </summary>
public static class CountryLexicon
{
    private static readonly FrozenDictionary<string, Country> ByCode;
    private static readonly FrozenDictionary<string, CountryName>.AlternateLookup<ReadOnlySpan<char>> ByForm;

    static CountryLexicon()
    {
        var countries = LexiconFile.Rows("countries.tsv")
            .Select(r => new Country(r[0], Split(r[1])[0], Split(r[1]), Split(r[2]), Split(r[3])))
            .ToList();
        // Aliases first, so that their rows win over generated forms of the same spelling.
        var forms = new List<(string, CountryName)>();
        foreach (var row in LexiconFile.Rows("country-aliases.tsv"))
            forms.Add((row[0], new CountryName(row[1], Enum.Parse<CountryNameKind>(row[2] == "name" ? "AltName" : row[2], ignoreCase: true))));
        foreach (var c in countries)
        {
            // Spelled-out names are names; abbreviations ("DPRK", "UAE") are aliases, as ActorForm describes.
            foreach (var name in c.Names)
                forms.Add((name, new CountryName(c.Code, name.Any(char.IsLower) ? CountryNameKind.Name : CountryNameKind.AltName)));
            foreach (var d in c.Demonyms) forms.Add((d, new CountryName(c.Code, CountryNameKind.Demonym)));
            foreach (var capital in c.Capitals) forms.Add((capital, new CountryName(c.Code, CountryNameKind.Capital)));
        }
        ByCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        var byForm = new Dictionary<string, CountryName>(StringComparer.Ordinal);
        foreach (var (form, name) in forms) byForm.TryAdd(Text.CharNormalizer.Normalize(form), name);
        ByForm = byForm.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Matcher = new PhraseMatcher<CountryName>(forms);
    }

    /// <summary>Every country in the data, ordered by code.</summary>
    public static IReadOnlyCollection<Country> All => ByCode.Values;

    /// <summary>The country with an ISO 3166-1 alpha-2 code ("KP"), or null.</summary>
    public static Country? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The common English name for a code ("KP" → "North Korea"), or null.</summary>
    public static string? NameOf(string code) => Find(code)?.Name;

    /// <summary>What an exact form names: a name, demonym, capital or alias ("Pyongyang" → KP capital), or null.</summary>
    public static CountryName? Lookup(ReadOnlySpan<char> form) => ByForm.TryGetValue(form, out var name) ? name : null;

    /// <summary>The code a name, demonym, capital or alias stands for ("North Korean" → "KP"), or null.</summary>
    public static string? CodeOf(ReadOnlySpan<char> form) => Lookup(form)?.Code;

    /// <summary>Every form as a phrase matcher over word pieces, for scanning text.</summary>
    public static PhraseMatcher<CountryName> Matcher { get; }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');
}
