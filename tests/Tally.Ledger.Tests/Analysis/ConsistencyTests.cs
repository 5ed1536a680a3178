using Tally.Claims;
using Tally.Ledger.Analysis;
using Xunit;
using static Tally.Ledger.Tests.TestClaims;

namespace Tally.Ledger.Tests.Analysis;

public class ConsistencyTests
{
    [Fact]
    public void CheckConsistency_Seed_UkrainesKilledAndWoundedMakeItsCasualties()
    {
        var findings = Consistency.CheckConsistency(Seed.All);
        var finding = Assert.Single(findings);
        Assert.Equal(ConsistencyVerdict.AddsUp, finding.Verdict);
        Assert.Equal("Ukraine", finding.Whole.AccordingTo[0].Name);
        Assert.Equal([Measure.Killed, Measure.Wounded], finding.Parts.Select(p => p.Measure));
        Assert.False(finding.IsProblem);
    }

    [Fact]
    public void CheckConsistency_PartsAboveWhole_PartsExceedWhole()
    {
        Claim[] claims =
        [
            Make(Measure.Casualties, 1000, chain: [Ukraine], aggregate: Aggregate.Total),
            Make(Measure.Killed, 700, chain: [Ukraine]),
            Make(Measure.Wounded, 600, Hedge.AtLeast, chain: [UkraineIntelligence]),
        ];
        var finding = Assert.Single(Consistency.CheckConsistency(claims));
        Assert.Equal(ConsistencyVerdict.PartsExceedWhole, finding.Verdict);
        Assert.Null(finding.PartsSum.High);
        Assert.True(finding.IsProblem);
    }

    [Fact]
    public void CheckConsistency_PartsBelowWhole_FallsShort()
    {
        Claim[] claims = [Make(Measure.Casualties, 1000, chain: [Ukraine]), Make(Measure.Killed, 100, chain: [Ukraine]), Make(Measure.Wounded, 200, chain: [Ukraine])];
        Assert.Equal(ConsistencyVerdict.FallsShort, Assert.Single(Consistency.CheckConsistency(claims)).Verdict);
    }

    [Fact]
    public void CheckConsistency_OnePartAboveItsWhole_PartExceedsWhole()
    {
        Claim[] claims = [Make(Measure.Wounded, 300, chain: [Ukraine]), Make(Measure.ReturnedToDuty, 400, Hedge.Approx, chain: [Ukraine])];
        var finding = Assert.Single(Consistency.CheckConsistency(claims));
        Assert.Equal(ConsistencyVerdict.PartExceedsWhole, finding.Verdict);
        Assert.Equal(Measure.Wounded, finding.Whole.Measure);
    }

    [Fact]
    public void CheckConsistency_QualifiedPartAboveUnqualifiedWhole_PartExceedsWhole()
    {
        Claim[] claims = [Make(Measure.Killed, 30, kind: "civilians", chain: [Ukraine]), Make(Measure.Killed, 45, kind: "civilians", qualifier: "children", chain: [Ukraine])];
        Assert.Equal(ConsistencyVerdict.PartExceedsWhole, Assert.Single(Consistency.CheckConsistency(claims)).Verdict);
    }

    [Fact]
    public void CheckConsistency_PartsFromAnotherSide_NotCompared()
    {
        Claim[] claims = [Make(Measure.Casualties, 1000, chain: [Ukraine]), Make(Measure.Killed, 900, chain: [SouthKorea]), Make(Measure.Wounded, 900, chain: [SouthKorea])];
        Assert.Empty(Consistency.CheckConsistency(claims));
    }

    [Fact]
    public void CheckConsistency_IncrementsAreNotWholes()
    {
        Claim[] claims = [Make(Measure.Casualties, 100, chain: [Ukraine], aggregate: Aggregate.Increment), Make(Measure.Killed, 900, chain: [Ukraine])];
        Assert.Empty(Consistency.CheckConsistency(claims));
    }
}
