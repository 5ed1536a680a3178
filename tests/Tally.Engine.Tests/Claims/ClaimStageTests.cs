using Tally.Claims;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Tests.Specs;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Claims;

public partial class ClaimStageTests
{
    public static TheoryData<SpecExample> Examples => new(SpecFile.Load("Claims.md"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Claims_Spec(SpecExample example)
    {
        var actual = Describe(example.Input);
        Assert.True(actual == example.Expected, example.Failure(actual));
    }

    [Fact]
    public void Process_EveryClaimsEvidenceContainsItsNumber()
    {
        var doc = Run("Around 400 were killed. Another 240 were wounded in the next attack, police said.");
        Assert.NotEmpty(doc.Claims);
        Assert.All(doc.Claims, c => Assert.Contains(c.Evidence, e => e.Contains(c.Anchor)));
    }

    [Theory]
    [InlineData("At least 700 people were killed in fighting for the eastern Congolese city of Goma, officials said.", "Goma")]
    [InlineData("At least 700 people were killed in fighting in Goma, officials said.", "Goma")]
    [InlineData("At least 700 people were killed, officials of Goma said.", null)]
    [InlineData("A spokesman told reporters in Goma that at least 700 people were killed.", null)]
    [InlineData("A spokesman said in Goma that at least 700 people were killed in Bukavu.", "Bukavu")]
    [InlineData("More than 62,000 people have fled Goma since Sunday, the UN said.", "Goma")]
    [InlineData("At least 700 people were killed in neighbouring Goma, officials said.", "Goma")]
    public void Process_PlacesAFigureWhereALocativePrepositionSaysItHolds(string input, string? place)
    {
        var claim = Assert.Single(Run(input).Claims);
        Assert.Equal(place, claim.Place?.Text);
    }

    [Theory]
    [InlineData("Fighting reached Goma in Congo. At least 700 people were killed in the city, officials said.", "the city", "CD")]
    [InlineData("Floods hit Pakistan. More than 1,700 people have died across the country, officials said.", "the country", "PK")]
    [InlineData("Fighting reached Goma in Congo. At least 700 people were killed, officials told reporters in the city.", null, null)]
    public void Process_PlacesAFigureInAPlaceNamedBefore(string input, string? place, string? country)
    {
        var claim = Run(input).Claims[^1];
        Assert.Equal(place, claim.Place?.Text);
        Assert.Equal(country, claim.Place?.Country);
    }

    internal static TallyDocument Run(string input)
    {
        PartialDate? published = null;
        var lines = input.Split('\n');
        if (lines[0].StartsWith("published: ", StringComparison.Ordinal) && PartialDate.TryParse(lines[0]["published: ".Length..], out var date))
        {
            published = date;
            input = string.Join('\n', lines[1..]);
        }
        return TallyPipeline.Default.Process(input, new DocumentMetadata { Outlet = "X", Published = published });
    }

    private static string Describe(string input)
    {
        var doc = Run(input);
        return string.Join("\n", doc.Claims.Select(c =>
            $"{c.Measure.Name()} {c.Figure.Value.Low} {c.Subject.Actor ?? "null"} {c.Subject.Kind} {c.Figure.Hedge.Name()} " +
            $"{c.Aggregate.Name()} {c.Modality.Name()} | {string.Join(" ← ", c.AccordingTo.Select(s => s.Name))}" +
            (c.Evidence.Length > 1 ? $" [{c.Evidence.Length} sentences]" : "")));
    }
}
