using Tally.Reading;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Reading;

public partial class ArticleReaderTests
{
    [Fact]
    public void FromString_Markdown_StripsSyntaxKeepsParagraphsAndHeadings()
    {
        const string markdown = """
            # Strikes on *Kharkiv*

            Russian forces launched **120 drones** and _8 missiles_ overnight,
            [Ukraine's air force](https://example.com/af "Air force") said.

            ## Casualties

            - At least 3 people were killed
            - Another `14` were wounded

            > "We need 2 billion dollars," the mayor said.

            ![A burning building](https://example.com/fire.jpg)
            Figures from <https://example.com/report> &amp; local media.

            ---
            """;

        var article = Read(markdown, "strikes.md");

        Assert.Equal("""
            Strikes on Kharkiv
            Russian forces launched 120 drones and 8 missiles overnight, Ukraine's air force said.
            Casualties
            - At least 3 people were killed
            - Another 14 were wounded
            "We need 2 billion dollars," the mayor said.
            Figures from https://example.com/report & local media.
            """.ReplaceLineEndings("\n"), article.Text);
    }

    [Fact]
    public void FromString_MarkdownFrontMatterAndSourceLine_AreMetadata()
    {
        const string markdown = """
            ---
            title: Drones over Odesa
            date: 2025-01-15
            ---
            Air defences downed 40 drones over Odesa.

            *Original Source: Kyiv Independent*
            """;

        var article = Read(markdown, "odesa.md");

        Assert.Equal("Air defences downed 40 drones over Odesa.", article.Text);
        Assert.Equal("Drones over Odesa", article.Metadata.Title);
        Assert.Equal(PartialDate.OfDay(2025, 1, 15), article.Metadata.Published);
        Assert.Equal("Kyiv Independent", article.Metadata.Outlet);
    }
}
