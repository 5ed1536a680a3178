using Tally.Documents;

namespace Tally.Places;

/// <summary>
/// What a story says about countries as a whole: <see cref="Home"/>, the country its places name most (the
/// first named on a tie), and <see cref="Named"/>, the countries its actors name, most named first. They stand
/// in where the text leaves a country unsaid: a ministry or governor named without one, civilians "named only
/// by where they are" (CLAIMS.md), the other side of a two-country war. Immutable; one per document.
/// </summary>
public sealed record StoryCountry(string? Home, IReadOnlyList<string> Named)
{
    public static StoryCountry Of(TallyDocument doc)
    {
        // Index loops: a foreach over the layers' IReadOnlyList would box an enumerator each.
        var places = new List<CountryCount>();
        var placeLayer = doc.Places;
        for (int i = 0; i < placeLayer.Count; i++)
            if (placeLayer[i].Country is { } country) CountryCount.Add(places, country, placeLayer[i].Span.Start);
        var actors = new List<CountryCount>();
        var actorLayer = doc.Actors;
        for (int i = 0; i < actorLayer.Count; i++) CountryCount.Add(actors, actorLayer[i].Country, actorLayer[i].Span.Start);
        CountryCount.SortMostNamed(places);
        CountryCount.SortMostNamed(actors);
        return new(places.Count == 0 ? null : places[0].Country, actors.ConvertAll(c => c.Country));
    }

    /// <summary>
    /// How often a country is named and where first. The counts go in a short list (a story names few countries)
    /// rather than through LINQ groups.
    /// </summary>
    private record struct CountryCount(string Country, int Count, int FirstStart, int Order)
    {
        public static void Add(List<CountryCount> counts, string country, int start)
        {
            for (int k = 0; k < counts.Count; k++)
                if (counts[k].Country == country)
                {
                    counts[k] = counts[k] with { Count = counts[k].Count + 1 };
                    return;
                }
            counts.Add(new CountryCount(country, 1, start, counts.Count));
        }

        /// <summary>Most named first; on a tie the first named, then the first counted (as a stable sort would).</summary>
        public static void SortMostNamed(List<CountryCount> counts) =>
            counts.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count)
                : a.FirstStart != b.FirstStart ? a.FirstStart.CompareTo(b.FirstStart) : a.Order.CompareTo(b.Order));
    }

    /// <summary>A place in a country the story never names is likelier a homonym ("Litoral", "Unity") than news.</summary>
    public bool Trusts(string? country) => country is null || country == Home || Named.Contains(country);

    /// <summary>
    /// The other side: in a story that names two countries most, each is the other's opponent ("air defences
    /// shot down 42 drones" in a Ukrainian report are Russia's drones).
    /// </summary>
    public string? Opponent(string side) =>
        Named.Count >= 2 && (Named[0] == side || Named[1] == side) ? (Named[0] == side ? Named[1] : Named[0]) : null;
}
