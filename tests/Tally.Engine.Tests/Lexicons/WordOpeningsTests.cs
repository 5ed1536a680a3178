using Tally.Lexicons;
using Xunit;

namespace Tally.Tests.Lexicons;

/// <summary>
/// WordOpenings may let a token through that no word equals, but must never turn away one that a word equals as
/// its set compares (ignoring case, or case-sensitively).
/// </summary>
public sealed class WordOpeningsTests
{
    [Theory]
    [InlineData("said", true)]
    [InlineData("SAID", true)]
    [InlineData("Said", true)]
    [InlineData("€", true)]
    [InlineData("£", true)]
    [InlineData("x", false)]
    [InlineData("$", false)]
    [InlineData("the", false)]
    [InlineData("sai", false)]
    public void MayMatch_IgnoringCase_LetsThroughEveryEqualToken(string token, bool expected)
    {
        var openings = new WordOpenings(["said", "is", "€", "£"]);
        Assert.Equal(expected, openings.MayMatch(token));
    }

    [Fact]
    public void MayMatch_NeverTurnsAwayATokenThatAWordEqualsIgnoringCase()
    {
        string[] words = ["said", "in", "UN", "Élysée", "Köln", "€", "₴", "ıs", "a"];
        string[] tokens = ["SAID", "In", "un", "ÉLYSÉE", "élysée", "KÖLN", "köln", "€", "₴", "IS", "is", "ıs", "A", "x", "$"];
        var openings = new WordOpenings(words);
        foreach (var token in tokens)
            if (words.Any(w => w.Equals(token, StringComparison.OrdinalIgnoreCase))) Assert.True(openings.MayMatch(token), token);
    }

    [Theory]
    [InlineData("Kursk", true)]
    [InlineData("kursk", false)]
    [InlineData("Kyiv", false)]
    public void MayMatch_CaseSensitive_TellsCasesApart(string token, bool expected)
    {
        var openings = new WordOpenings(["Kursk", "Köln"], ignoreCase: false);
        Assert.Equal(expected, openings.MayMatch(token));
    }
}
