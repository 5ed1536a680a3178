using Tally.Documents;

namespace Tally.Places;

/// <summary>
/// The country a story happens in: the one its places name most often, the first named on a tie. It
/// stands in where the text leaves a country unsaid: a ministry or governor named without one, and
/// civilians "named only by where they are" (CLAIMS.md).
/// </summary>
public static class StoryCountry
{
    public static string? Of(TallyDocument doc) =>
        doc.Places.Where(p => p.Country is not null).GroupBy(p => p.Country)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).Select(g => g.Key).FirstOrDefault();
}
