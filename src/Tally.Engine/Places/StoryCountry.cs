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
    public static StoryCountry Of(TallyDocument doc) => new(
        doc.Places.Where(p => p.Country is not null).GroupBy(p => p.Country)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).FirstOrDefault(),
        doc.Actors.GroupBy(a => a.Country)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).ToList());

    /// <summary>A place in a country the story never names is likelier a homonym ("Litoral", "Unity") than news.</summary>
    public bool Trusts(string? country) => country is null || country == Home || Named.Contains(country);

    /// <summary>
    /// The other side: in a story that names two countries most, each is the other's opponent ("air defences
    /// shot down 42 drones" in a Ukrainian report are Russia's drones).
    /// </summary>
    public string? Opponent(string side) =>
        Named.Count >= 2 && (Named[0] == side || Named[1] == side) ? (Named[0] == side ? Named[1] : Named[0]) : null;
}
