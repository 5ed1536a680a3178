using Tally.Reading;
using Tally.Tests.Specs;
using Xunit;

namespace Tally.Tests.Reading;

public partial class ArticleReaderTests
{
    public static TheoryData<SpecExample> TableExamples => new(SpecFile.Load("Tables.md"));

    /// <summary>Runs Specs/Tables.md: the input's first line is a file name whose extension picks the format.</summary>
    [Theory]
    [MemberData(nameof(TableExamples))]
    public void Tables_Spec(SpecExample example)
    {
        int newline = example.Input.IndexOf('\n');
        var actual = Read(example.Input[(newline + 1)..], example.Input[..newline]).Text;
        Assert.True(actual == example.Expected, example.Failure(actual));
    }

    [Fact]
    public void Detect_PipeTableRule_IsMarkdown() =>
        Assert.Equal(ArticleFormat.Markdown, ArticleFormats.Detect("-", "Killings by district\n\n| District | Killed |\n|:---|---:|\n| Bijapur | 31 |"));

    [Theory]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td rowspan=\"-4\" colspan=\"0\">1</td></tr></table>")]
    [InlineData("<table><thead><tr><th>Killed</th></tr></thead><tbody><tr><td>3</td><td>4</td><td>5</td></tr></tbody><tfoot><tr><td>9</td></tr></tfoot></table>")]
    [InlineData("<table><caption></caption><tr><th>x</th><th>y</th></tr></table><table><tr><td><table><tr><td>12</td></tr></table></td></tr></table>")]
    public void FromString_BrokenHtmlTable_DoesNotThrow(string table)
    {
        var result = ArticleReader.FromString($"<html><body><article><p>Shelling killed 12 civilians in Kherson.</p>{table}</article></body></html>", "t.html");

        Assert.True(result.Success, result.Error);
        Assert.StartsWith("Shelling killed 12 civilians in Kherson.", result.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| a |\n|---|\n|")]
    [InlineData("| a | b |\n|---|---|\n| | |\n| 1 |")]
    [InlineData("|\n|")]
    [InlineData("| x |")]
    public void FromString_BrokenMarkdownTable_DoesNotThrow(string table)
    {
        var result = ArticleReader.FromString("Shelling killed 12 civilians in Kherson.\n\n" + table, "t.md");

        Assert.True(result.Success, result.Error);
        Assert.StartsWith("Shelling killed 12 civilians in Kherson.", result.Article.Text, StringComparison.Ordinal);
    }
}
