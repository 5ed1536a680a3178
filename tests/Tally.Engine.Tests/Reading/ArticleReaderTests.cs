using Tally.Reading;
using Xunit;

namespace Tally.Tests.Reading;

/// <summary>ArticleReader by input format; split into partial files by concern.</summary>
public partial class ArticleReaderTests
{
    private static Article Read(string text, string name, ReadOptions? options = null)
    {
        var result = ArticleReader.FromString(text, name, options);
        Assert.True(result.Success, result.Error);
        return result.Article;
    }

    [Theory]
    [InlineData("a.html", "plain words", ArticleFormat.Html)]
    [InlineData("a.HTM", "plain words", ArticleFormat.Html)]
    [InlineData("a.md", "plain words", ArticleFormat.Markdown)]
    [InlineData("a.markdown", "plain words", ArticleFormat.Markdown)]
    [InlineData("a.txt", "<html><body><p>x</p></body></html>", ArticleFormat.Text)]
    [InlineData("-", "  <!DOCTYPE html>\n<html><body><p>x</p></body></html>", ArticleFormat.Html)]
    [InlineData("a.news", "<p>Three killed.</p>", ArticleFormat.Html)]
    [InlineData("-", "# Strikes on Kharkiv\n\nThree killed.", ArticleFormat.Markdown)]
    [InlineData("-", "Strikes hit Kharkiv, [officials said](https://x.org/a).", ArticleFormat.Markdown)]
    [InlineData("-", "Some **120 drones** were launched.", ArticleFormat.Markdown)]
    [InlineData("-", "Strikes hit Kharkiv.\nAt least 3 people were killed; 2 < 3 > 1 #1 in *news*.", ArticleFormat.Text)]
    public void Detect_NameAndContent_GivesFormat(string name, string text, ArticleFormat expected) =>
        Assert.Equal(expected, ArticleFormats.Detect(name, text));

    [Fact]
    public void FromString_ExplicitFormat_OverridesExtension()
    {
        var article = Read("# Heading\n\nSome *text*.", "a.txt", new ReadOptions(Format: ArticleFormat.Markdown));

        Assert.Equal("Heading\nSome text.", article.Text);
    }
}
