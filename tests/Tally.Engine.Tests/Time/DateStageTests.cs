using Tally.Pipeline;
using Tally.Text;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Time;

public sealed class DateStageTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2025, 3, 3);

    [Theory]
    [InlineData("")]
    [InlineData("February 30, 2024")]
    [InlineData("between and")]
    [InlineData("since since since the the start of of")]
    [InlineData("from December 99 to 0")]
    [InlineData("2024-99-99 9999-12-31 0000-01-01")]
    [InlineData("May")]
    [InlineData("last")]
    [InlineData("the past")]
    [InlineData("Dec.")]
    [InlineData("99999999999999999999 days ago")]
    [InlineData("999 years ago, over the past 999 years, 999 months ago")]
    [InlineData("\u2014\u00A0\uFFFF\uD83D\uDE00 on Sunday")]
    public void TryParse_OddText_NeverThrows(string text)
    {
        var exception = Record.Exception(() => DateStage.TryParse(text, Published, DateResolution.Strict, out _));
        Assert.Null(exception);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void TryParse_PublishedAtCalendarEdge_NeverThrows(string published)
    {
        Assert.True(PartialDate.TryParse(published, out var anchor));
        foreach (var text in new[] { "yesterday", "last year", "next year", "next week", "last Sunday", "the past 999 years", "999 months ago", "in December" })
            Assert.Null(Record.Exception(() => DateStage.TryParse(text, anchor, DateResolution.Lenient, out _)));
    }

    [Fact]
    public void TryParse_FirstExpression_ResolvedAgainstPublication()
    {
        Assert.True(DateStage.TryParse("The ministry said on Sunday that 14 died.", Published, DateResolution.Strict, out var mention));
        Assert.Equal("2025-03-02", mention.Start.ToString());
        Assert.Equal(mention.Start, mention.End);
        Assert.False(mention.Since);
    }

    [Fact]
    public void TryParse_NoTimeExpression_ReturnsFalse() =>
        Assert.False(DateStage.TryParse("Pyongyang may send 3,500 more troops.", Published, DateResolution.Strict, out _));

    [Fact]
    public void UseDefaults_DatesFollowText()
    {
        var stages = new TallyPipelineBuilder().UseDefaults().Stages;
        Assert.IsType<TextStage>(stages[0]);
        Assert.IsType<DateStage>(stages[1]);
    }

    [Fact]
    public void Build_DatesBeforeText_FailsWithStageOrderError()
    {
        var builder = new TallyPipelineBuilder().UseDates().UseText();
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.StartsWith("[E002] Stage 'dates'", error.Message);
    }
}
