using Tally.Numbers;
using Tally.Tests.Specs;
using Xunit;

namespace Tally.Tests.Numbers;

public class NumberStageTests
{
    public static TheoryData<SpecExample> Examples => new(SpecFile.Load("Numbers.md"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Numbers_Spec(SpecExample example)
    {
        var actual = Describe(example.Input);
        Assert.True(actual == example.Expected, example.Failure(actual));
    }

    [Fact]
    public void Process_FigureSpansLieInsideTheirSentence()
    {
        var doc = Run("Around 400 were killed. Another 240 were wounded in the next attack.");
        foreach (var n in doc.Numbers)
        {
            var sentence = doc.Sentences[doc.SentenceAt(n.Span.Start)].Span;
            Assert.True(sentence.Contains(n.Span) && n.Span.Contains(n.Core), n.Describe());
        }
        Assert.Equal(2, doc.Numbers.Count);
    }

    [Fact]
    public void Process_SincePeriod_KeepsTheCountsOfItsEventButNotItsDate()
    {
        const string text = "Patrols stopped since a bomb wounded four peacekeepers on 12 November 2024.";
        int since = text.IndexOf("since", StringComparison.Ordinal);
        var period = new Tally.Documents.TextSpan(since, text.Length - 1);
        var doc = TestPipelines.Run(text, d => d.Dates = [new Tally.Time.TimeMention(period, null, null, Since: true)], new NumberStage());
        Assert.Equal(["four"], doc.Numbers.Select(n => doc[n.Core]));
    }

    [Fact]
    public void Process_OtherDate_LeavesOutEveryNumberInside()
    {
        const string text = "Talks were held on 12 November 2024.";
        var date = new Tally.Documents.TextSpan(text.IndexOf("12", StringComparison.Ordinal), text.Length - 1);
        var doc = TestPipelines.Run(text, d => d.Dates = [new Tally.Time.TimeMention(date, null, null)], new NumberStage());
        Assert.Empty(doc.Numbers);
    }

    internal static Tally.Documents.TallyDocument Run(string text) =>
        TestPipelines.Run(text, doc => doc.Dates = [], new NumberStage());

    private static string Describe(string text)
    {
        var doc = Run(text);
        return string.Join("\n", doc.Numbers.Select(n => $"\"{doc[n.Span]}\" {n.Describe()}"));
    }
}
