using Tally.Tests.Claims;
using Tally.Tests.Specs;
using Xunit;

namespace Tally.Tests.Attribution;

public class AttributionStageTests
{
    public static TheoryData<SpecExample> Examples => new(SpecFile.Load("Attribution.md"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Attribution_Spec(SpecExample example)
    {
        var doc = ClaimStageTests.Run(example.Input);
        var actual = string.Join("\n", doc.Claims.Select(c => $"{c.Figure.Value.Low}: " + string.Join(" ← ",
            c.AccordingTo.Select(s => s.IsOutlet ? s.Name : $"{s.Name} ({s.Role ?? "null"}, {s.Country ?? "null"})"))));
        Assert.True(actual == example.Expected, example.Failure(actual));
    }
}
