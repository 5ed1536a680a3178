using Tally.Lexicons;

namespace Tally.Places;

/// <summary>One place a name may stand for.</summary>
public readonly record struct PlaceEntry(string Country, PlaceKind Kind);

/// <summary>
/// Cities and first-level regions by name, loaded once from the generated places.tsv (GeoNames data)
/// and the hand-kept place-aliases.tsv, whose rows come first. A name may stand for several places
/// ("Tripoli": LY, LB); its entries keep the data's order of preference, most populous first.
/// Country names are not here: they are <see cref="Actors.CountryLexicon"/>'s. Immutable and thread-safe.
/// </summary>
public static class Gazetteer
{
    static Gazetteer()
    {
        var byName = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows("place-aliases.tsv").Concat(LexiconFile.Rows("places.tsv")))
        {
            var entry = new PlaceEntry(row[1], row[2] == "region" ? PlaceKind.Region : PlaceKind.City);
            if (!byName.TryGetValue(row[0], out var list)) byName[row[0]] = list = [];
            if (!list.Contains(entry)) list.Add(entry);
        }
        Matcher = new PhraseMatcher<PlaceEntry[]>(byName.Select(p => (p.Key, p.Value.ToArray())));
    }

    /// <summary>Every place name as a phrase matcher over word pieces; each value lists its places in order of preference.</summary>
    public static PhraseMatcher<PlaceEntry[]> Matcher { get; }
}
