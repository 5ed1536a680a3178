using Tally.Documents;
using Tally.Numbers;
using Tally.Pipeline;
using Tally.Text;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Pipeline;

public class TallyPipelineBuilderTests
{
    [Fact]
    public void Build_StageBeforeTheLayersItNeeds_FailsWithE002()
    {
        var builder = new TallyPipelineBuilder().Add(new NumberStage());
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.StartsWith("[E002] Stage 'numbers'", error.Message);
    }

    [Fact]
    public void Add_AfterBuild_FailsWithE004()
    {
        var builder = new TallyPipelineBuilder().UseText();
        builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => builder.UseDates());
        Assert.StartsWith("[E004]", error.Message);
    }

    [Fact]
    public void InsertBeforeAndReplace_EditTheOrderedStages()
    {
        var builder = new TallyPipelineBuilder().UseText().UseNumbers();
        builder.InsertBefore<NumberStage>(new DateStage());
        builder.Replace<DateStage>(new DateStage(DateResolution.Lenient));

        Assert.Equal(["text", "dates", "numbers"], builder.Stages.Select(s => s.Name));
        Assert.Equal(DateResolution.Lenient, builder.Find<DateStage>()!.Resolution);
        Assert.True(builder.Contains<TextStage>());
        Assert.Null(builder.Find<Tally.Claims.ClaimStage>());
    }

    [Fact]
    public void ProcessAll_ProcessesLazilyInOrder()
    {
        var pipeline = new TallyPipelineBuilder().UseText().Build();
        var docs = pipeline.ProcessAll([("One. Two.", null), ("Three.", new DocumentMetadata { Name = "b" })]).ToList();

        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal("b", docs[1].Metadata.Name);
    }
}
