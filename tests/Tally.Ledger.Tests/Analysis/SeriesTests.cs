using Tally.Claims;
using Tally.Ledger.Analysis;
using Xunit;
using static Tally.Ledger.Tests.TestClaims;

namespace Tally.Ledger.Tests.Analysis;

public class SeriesTests
{
    [Fact]
    public void BuildSeries_OneLinePerFirstSource_OldestFirst()
    {
        DatedClaim[] claims =
        [
            new(Make(Measure.Killed, 400, Hedge.Approx, [Ukraine]), new DateOnly(2025, 2, 1)),
            new(Make(Measure.Killed, 300, chain: [Ukraine]), new DateOnly(2025, 1, 1)),
            new(Make(Measure.Killed, 200, Hedge.AtLeast, [SouthKorea]), new DateOnly(2025, 1, 15)),
            new(Make(Measure.Killed, 100, chain: [SouthKorea], aggregate: Aggregate.Increment), new DateOnly(2025, 1, 20)),
            new(Make(Measure.Killed, 100, chain: [SouthKorea]), null),
            new(Make(Measure.Killed, 100, chain: [SouthKorea], actor: "RU"), new DateOnly(2025, 1, 20)),
            new(Make(Measure.Wounded, 100, chain: [SouthKorea]), new DateOnly(2025, 1, 20)),
        ];
        var series = Series.BuildSeries(claims, Measure.Killed, "KP");
        Assert.Equal(["Ukraine", "South Korea"], series.Lines.Select(l => l.Source));
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)], series.Lines[0].Points.Select(p => p.Day));
        Assert.Equal(new Bounds(380, 420), series.Lines[0].Points[1].Allowed);
        Assert.Null(series.Lines[1].Points[0].Allowed.High);
        Assert.Equal((1, 1), (series.Undated, series.Increments));
    }
}
