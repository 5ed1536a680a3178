using Tally.Documents;
using Tally.Text;
using Xunit;

namespace Tally.Tests.Documents;

public class TallyDocumentTests
{
    private static TallyDocument Tokenised(string text)
    {
        var doc = new TallyDocument(text);
        new TextStage().Process(doc);
        return doc;
    }

    [Theory]
    [InlineData(0, 5, Alignment.Strict, "North")]
    [InlineData(0, 3, Alignment.Strict, null)]
    [InlineData(0, 3, Alignment.Expand, "North")]
    [InlineData(0, 9, Alignment.Contract, "North")]
    [InlineData(1, 3, Alignment.Contract, null)]
    public void CharSpan_SnapsToTokens(int start, int end, Alignment alignment, string? expected)
    {
        var doc = Tokenised("North Korea sent 3,500 soldiers.");
        var span = doc.CharSpan(start, end, alignment);
        Assert.Equal(expected, span is { } s ? doc[s] : null);
    }

    [Fact]
    public void Tokens_GivenAsAList_AreKeptAndReadAsGiven()
    {
        var doc = new TallyDocument("Kyiv said 12.");
        var tokens = new List<Token> { new(new TextSpan(0, 4), TokenKind.Word), new(new TextSpan(5, 9), TokenKind.Word), new(new TextSpan(10, 12), TokenKind.Number) };
        doc.Tokens = tokens;
        doc.Sentences = [new Sentence(new TextSpan(0, 13), 0, 0)];
        Assert.Equal(tokens, doc.Tokens);
        var window = SentenceWindows.Of(doc).Single();
        Assert.True(window.Is(1, "said") && window.IsNumber(2));
    }

    [Fact]
    public void ReadingALayerNoStageAssigned_FailsWithE001()
    {
        var doc = new TallyDocument("Text.");
        var error = Assert.Throws<InvalidOperationException>(() => doc.Sentences);
        Assert.StartsWith("[E001]", error.Message);
    }

    [Fact]
    public void Normalized_KeepsOffsetsOfTheTextAsGiven()
    {
        var doc = Tokenised("\u201cAbout 3,600\u201d \u2014 injuries");
        Assert.Equal(doc.Text.Length, doc.Normalized.Length);
        Assert.Equal("\"About 3,600\" \u2014 injuries", doc.Normalized);
    }

    [Fact]
    public void DumpLayers_PrintsOneLinePerSpan()
    {
        var dump = Tokenised("Hello there. Bye.").DumpLayers();
        Assert.Contains("sentence  0-12        \"Hello there.\"", dump);
        Assert.Contains("sentence  13-17       \"Bye.\"", dump);
    }
}
