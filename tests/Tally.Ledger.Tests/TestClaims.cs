using System.Collections.Immutable;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Time;

namespace Tally.Ledger.Tests;

/// <summary>Hand-built claims, so the ledger is tested without waiting for the extractor.</summary>
internal static class TestClaims
{
    public static readonly Source Outlet = Source.Outlet("news.az");
    public static readonly Source UkraineIntelligence = new("Ukraine's defence intelligence agency", "intelligence agency", "UA");
    public static readonly Source Ukraine = new("Ukraine", "Ukrainian estimates", "UA");
    public static readonly Source SouthKorea = new("South Korea", "South Korean estimate", "KR");
    public static readonly Source Yu = new("Yu Yong-weon", "South Korean lawmaker", "KR");

    public static Claim Make(
        Measure measure, decimal low, Hedge hedge = Hedge.Exact, Source[]? chain = null, string? actor = "KP", string kind = "personnel",
        Aggregate aggregate = Aggregate.Unspecified, decimal? high = null, string? qualifier = null, TimeRef? time = null, PlaceRef? place = null,
        TextSpan? evidence = null, string? valueText = null) =>
        new(measure,
            new Subject(actor, kind, kind == "personnel" ? "soldiers" : kind, qualifier),
            new Figure(new CountRange(low, high ?? low), hedge, valueText ?? low.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            aggregate, time, place,
            [.. chain ?? [Outlet]],
            Modality.Asserted,
            evidence is { } e ? [e] : ImmutableArray<TextSpan>.Empty);

    /// <summary>The seed article's casualty figures (shared/gold/seed.jsonl).</summary>
    public static class Seed
    {
        public static Claim Killed => Make(Measure.Killed, 400, Hedge.Approx, [UkraineIntelligence, Outlet], valueText: "around 400");
        public static Claim Wounded => Make(Measure.Wounded, 3600, Hedge.Approx, [UkraineIntelligence, Outlet], valueText: "approximately 3,600");
        public static Claim CasualtiesUkraine => Make(Measure.Casualties, 4000, Hedge.Approx, [Ukraine, Yu, Outlet], aggregate: Aggregate.Total, valueText: "around 4,000");
        public static Claim CasualtiesSouthKorea => Make(Measure.Casualties, 3600, Hedge.Approx, [SouthKorea, Yu, Outlet], aggregate: Aggregate.Total, valueText: "approximately 3,600");
        public static Claim[] All => [Killed, Wounded, CasualtiesUkraine, CasualtiesSouthKorea];
    }

    public static TimeRef Month(int year, int month) => new($"{year}-{month}", PartialDate.OfMonth(year, month), PartialDate.OfMonth(year, month));
}
