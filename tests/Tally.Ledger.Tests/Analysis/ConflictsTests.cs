using Tally.Claims;
using Tally.Ledger.Analysis;
using Xunit;
using static Tally.Ledger.Tests.TestClaims;

namespace Tally.Ledger.Tests.Analysis;

public class ConflictsTests
{
    [Fact]
    public void FindConflicts_Seed_UkraineAgainstSouthKoreaOnCasualties()
    {
        var group = Assert.Single(Conflicts.FindConflicts(Seed.All));
        Assert.Equal((Measure.Casualties, "KP", "personnel", Aggregate.Total), (group.Measure, group.Actor, group.Kind, group.Aggregate));
        Assert.Equal(["South Korea", "Ukraine"], group.Claims.Select(c => c.AccordingTo[0].Name));
    }

    public static TheoryData<string, Claim> NotConflicting => new()
    {
        { "same first source", Make(Measure.Casualties, 3000, Hedge.Approx, [Ukraine, Outlet], aggregate: Aggregate.Total) },
        { "a part is not its whole", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total, qualifier: "in one strike") },
        { "increment against total", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Increment) },
        { "another actor", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total, actor: "RU") },
        { "another kind", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total, kind: "civilians") },
        { "another measure", Make(Measure.Killed, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total) },
        { "approx overlaps", Make(Measure.Casualties, 3900, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total) },
        { "at least opens upward", Make(Measure.Casualties, 3000, Hedge.AtLeast, [SouthKorea], aggregate: Aggregate.Total) },
        { "range reaches", Make(Measure.Casualties, 3000, Hedge.Range, [SouthKorea], aggregate: Aggregate.Total, high: 3900) },
        { "another time", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total, time: Month(2023, 1)) },
        { "another country", Make(Measure.Casualties, 3000, Hedge.Approx, [SouthKorea], aggregate: Aggregate.Total, place: new("Donbas", "UA")) },
    };

    [Theory]
    [MemberData(nameof(NotConflicting))]
    public void Conflict_AgainstUkraines4000_NotWhen(string why, Claim other)
    {
        var ukraine = Make(Measure.Casualties, 4000, Hedge.Approx, [Ukraine, Outlet], aggregate: Aggregate.Total, time: Month(2025, 2), place: new("Kursk", "RU"));
        Assert.False(Conflicts.Conflict(ukraine, other), why);
        Assert.Empty(Conflicts.FindConflicts([ukraine, other]));
    }

    [Fact]
    public void Conflict_AtMostBelowExact_Conflicts()
    {
        var low = Make(Measure.Killed, 100, Hedge.AtMost, [Ukraine]);
        var high = Make(Measure.Killed, 150, chain: [SouthKorea]);
        Assert.True(Conflicts.Conflict(low, high));
        Assert.True(Conflicts.Conflict(high, low));
    }

    [Fact]
    public void FindConflicts_ChainOfDisagreements_OneGroup()
    {
        Claim[] claims =
        [
            Make(Measure.Killed, 100, chain: [Ukraine]),
            Make(Measure.Killed, 200, chain: [SouthKorea]),
            Make(Measure.Killed, 300, chain: [Yu]),
            Make(Measure.Killed, 100, chain: [Outlet]),
            Make(Measure.Wounded, 5, chain: [Outlet]),
        ];
        var group = Assert.Single(Conflicts.FindConflicts(claims));
        Assert.Equal([100m, 100m, 200m, 300m], group.Claims.Select(c => c.Figure.Value.Low));
    }
}
