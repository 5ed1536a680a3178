using Tally.Claims;
using Tally.Documents;
using Tally.Evaluation;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Evaluation;

public sealed class ClaimJsonReaderTests
{
    [Fact]
    public void ReadGold_SeedFile_ReadsEveryClaim()
    {
        var gold = ClaimJsonReader.ReadGold(Path.Combine(RepoPaths.Shared, "gold", "seed.jsonl"));

        Assert.True(gold.Success, gold.Error);
        Assert.Equal(10, gold.Value.Length);
        Assert.Single(gold.Value, g => g.Optional);
        var first = gold.Value[0];
        Assert.Equal(("seed", Measure.Deployed, Aggregate.Increment, "additional 3,500 soldiers", 1), (first.Doc, first.Claim.Measure, first.Claim.Aggregate, first.Anchor, first.Line));
        Assert.Equal(["Kyrylo Budanov", "Yu Yong-weon", "news.az"], first.Claim.AccordingTo.Select(s => s.Name));
        Assert.Equal("RU", first.Claim.Place?.Country);
    }

    [Fact]
    public void ParseGold_OptionalFieldsMissing_TakeEmptyValues()
    {
        var gold = ClaimJsonReader.ParseGold(
            ["", """{"doc":"d","measure":"killed","subject":{"kind":"civilians"},"value":{"low":12,"high":12,"hedge":"exact"},"modality":"asserted"}"""], "g.jsonl");

        Assert.True(gold.Success, gold.Error);
        var c = gold.Value.Single().Claim;
        Assert.Equal((null, "", null, Aggregate.Unspecified, false), (c.Subject.Actor, c.Subject.Text, c.Subject.Qualifier, c.Aggregate, gold.Value[0].Optional));
        Assert.Null(c.Time);
        Assert.Null(c.Place);
        Assert.Empty(c.AccordingTo);
        Assert.Equal(2, gold.Value[0].Line);
    }

    [Fact]
    public void ParseGold_TimeWithDates_ParsesPartialDates()
    {
        var gold = ClaimJsonReader.ParseGold(
            ["""{"doc":"d","measure":"killed","subject":{"actor":"UA","kind":"civilians"},"value":{"low":12,"high":12,"hedge":"exact"},"modality":"asserted","time":{"text":"in October","start":"2024-10","end":null}}"""], "g.jsonl");

        Assert.True(gold.Success, gold.Error);
        Assert.Equal(PartialDate.OfMonth(2024, 10), gold.Value[0].Claim.Time?.Start);
        Assert.Null(gold.Value[0].Claim.Time?.End);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "one JSON object")]
    [InlineData("""{"measure":"killed"}""", "'doc' is missing")]
    [InlineData("""{"doc":"d","measure":"slain","subject":{"kind":"people"},"value":{"low":1,"high":1,"hedge":"exact"},"modality":"asserted"}""", "'measure' has unknown value 'slain'")]
    [InlineData("""{"doc":"d","measure":"killed","subject":{"kind":"people"},"value":{"low":5,"high":1,"hedge":"exact"},"modality":"asserted"}""", "not a count range")]
    [InlineData("""{"doc":"d","measure":"killed","subject":{"kind":"people"},"value":{"low":"5","high":5,"hedge":"exact"},"modality":"asserted"}""", "'value.low' must be a number")]
    [InlineData("""{"doc":"d","measure":"killed","subject":{"kind":"people"},"value":{"low":5,"high":5,"hedge":"exact"},"modality":"asserted","time":{"start":"last week"}}""", "time.start 'last week'")]
    [InlineData("""{"doc":"d","measure":"killed","subject":{"kind":"people"},"value":{"low":5,"high":5,"hedge":"exact"}}""", "'modality' is missing")]
    public void ParseGold_BadLine_OneLineErrorWithFileAndLine(string line, string reason)
    {
        var gold = ClaimJsonReader.ParseGold(["", line], "corpus/dev/a.jsonl");

        Assert.False(gold.Success);
        Assert.StartsWith("[E109] corpus/dev/a.jsonl:2: ", gold.Error);
        Assert.Contains(reason, gold.Error);
        Assert.DoesNotContain('\n', gold.Error);
    }

    [Fact]
    public void ReadGold_MissingFile_Fails() =>
        Assert.StartsWith("[E101]", ClaimJsonReader.ReadGold("/no/such/gold.jsonl").Error);

    [Fact]
    public void ParsePredictions_ExtractOutput_RoundTrips()
    {
        var doc = new TallyDocument("Some 3,500 soldiers were sent.", new DocumentMetadata { Name = "a" });
        var claim = TestClaims.Make(3500, measure: Measure.Deployed, hedge: Hedge.Approx) with { Evidence = [new TextSpan(0, 30)] };

        var read = ClaimJsonReader.ParsePredictions([ClaimJson.ToJsonLine(claim, doc)], "a.jsonl");

        Assert.True(read.Success, read.Error);
        var back = read.Value.Single();
        Assert.Equal("a", back.Doc);
        Assert.Equal((claim.Measure, claim.Subject, claim.Figure, claim.Aggregate, claim.Modality), (back.Claim.Measure, back.Claim.Subject, back.Claim.Figure, back.Claim.Aggregate, back.Claim.Modality));
        Assert.Equal(claim.AccordingTo.ToArray(), back.Claim.AccordingTo.ToArray());
        Assert.Equal(claim.Evidence.ToArray(), back.Claim.Evidence.ToArray());
    }

    [Fact]
    public void ParsePredictions_BadLine_UsesPredictionCode()
    {
        var read = ClaimJsonReader.ParsePredictions(["{}"], "p.jsonl");

        Assert.StartsWith("[E120] p.jsonl:1: ", read.Error);
    }
}
