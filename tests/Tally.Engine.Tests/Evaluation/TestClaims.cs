using System.Collections.Immutable;
using Tally.Attribution;
using Tally.Claims;
using Tally.Evaluation;

namespace Tally.Tests.Evaluation;

/// <summary>Hand-built claims for scorer tests: only what a test varies is named.</summary>
internal static class TestClaims
{
    public static readonly Source Outlet = Source.Outlet("news.az");
    public static readonly Source Budanov = new("Kyrylo Budanov", "chief of Ukraine's defence intelligence", "UA");

    public static Claim Make(
        decimal low = 400,
        decimal? high = null,
        Measure measure = Measure.Killed,
        string? actor = "KP",
        string kind = "personnel",
        Hedge hedge = Hedge.Exact,
        Aggregate aggregate = Aggregate.Unspecified,
        string? place = null,
        Modality modality = Modality.Asserted,
        params Source[] sources) =>
        new(measure,
            new Subject(actor, kind, "soldiers"),
            new Figure(new CountRange(low, high ?? low), hedge, low.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            aggregate,
            null,
            place is null ? null : new PlaceRef(place, place),
            sources.Length == 0 ? [Budanov, Outlet] : [.. sources],
            modality,
            ImmutableArray<Tally.Documents.TextSpan>.Empty);

    public static GoldClaim Gold(Claim claim, bool optional = false, string doc = "d") => new(doc, claim, claim.Figure.Text, optional, 0);

    public static PredictedClaim Predicted(Claim claim, string doc = "d") => new(doc, claim, claim.Figure.Text);
}
