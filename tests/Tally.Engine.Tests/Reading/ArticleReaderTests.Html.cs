using Tally.Reading;
using Tally.Time;
using Xunit;

namespace Tally.Tests.Reading;

public partial class ArticleReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>North Korea sends 3,500 more troops | Example News</title>
          <meta property="og:title" content="North Korea sends 3,500 more troops to Russia">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2025-03-04T23:30:00-05:00">
          <link rel="canonical" href="https://news.example.com/world/nk-troops">
          <script>window.ads = [1, 2, 3];</script>
          <style>.ad { color: red }</style>
        </head>
        <body>
          <header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather 25 degrees</a></nav></header>
          <div class="ad-banner sponsored">Buy 2 phones, get 1 free! Call 555-0100 now.</div>
          <main>
            <article class="story">
              <h1>North Korea sends 3,500 more troops to Russia</h1>
              <p>North Korea has sent an additional 3,500 soldiers to Russia's Far East for military training, with indications of a potential third deployment, a South Korean lawmaker said on Tuesday.</p>
              <p>The lawmaker, Yu Yong-weon, cited intelligence briefings from <a href="/people/budanov">Kyrylo Budanov</a>, the chief of Ukraine's defence intelligence, during a visit to Kyiv from February 23 to 26.</p>
              <p>Ukraine's defence intelligence agency reported around 400 North Korean fatalities, with approximately 3,600 injuries, of which about 300 soldiers have returned to duty.</p>
              <p>An estimated 63,000 Russian and North Korean troops are operating as a joint force in the Kursk region, according to the briefing, with some units made up solely of North Korean soldiers.</p>
              <p>Ukrainian estimates suggest a total of around 4,000 casualties, while South Korea estimates approximately 3,600.</p>
            </article>
            <aside class="related sidebar"><h3>Related</h3><ul><li><a href="/a">Storm kills 12 in Florida</a></li><li><a href="/b">Markets fall 3%</a></li></ul></aside>
          </main>
          <footer class="site-footer"><p>© 2025 Example News. All rights reserved. 1 Example Street.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void FromString_NewsPage_KeepsOnlyArticleParagraphsAsLines()
    {
        var article = Read(NewsPage, "page.html");

        var lines = article.Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("North Korea has sent an additional 3,500 soldiers", StringComparison.Ordinal));
        Assert.Contains("The lawmaker, Yu Yong-weon, cited intelligence briefings from Kyrylo Budanov, the chief of Ukraine's defence intelligence, during a visit to Kyiv from February 23 to 26.", lines);
        Assert.Equal("Ukrainian estimates suggest a total of around 4,000 casualties, while South Korea estimates approximately 3,600.", lines[^1]);
        foreach (var junk in new[] { "Home", "Buy 2 phones", "Storm kills", "All rights reserved", "window.ads", "color: red" })
            Assert.DoesNotContain(junk, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromString_NewsPage_ReadsMetadata()
    {
        var metadata = Read(NewsPage, "page.html").Metadata;

        Assert.Equal("page", metadata.Name);
        Assert.Equal("North Korea sends 3,500 more troops to Russia", metadata.Title);
        Assert.Equal("https://news.example.com/world/nk-troops", metadata.Url);
        Assert.Equal("Example News", metadata.Outlet);
        // The date as the outlet wrote it, not shifted to UTC (which would be the 5th).
        Assert.Equal(PartialDate.OfDay(2025, 3, 4), metadata.Published);
    }

    [Fact]
    public void FromString_HtmlWithOverrides_UserWins()
    {
        var options = new ReadOptions(Outlet: "news.az", Published: PartialDate.OfMonth(2025, 2));

        var metadata = Read(NewsPage, "page.html", options).Metadata;

        Assert.Equal("news.az", metadata.Outlet);
        Assert.Equal(PartialDate.OfMonth(2025, 2), metadata.Published);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-10-17T08:00:00Z","publisher":{"@type":"Organization","name":"Kyiv Daily"}}]}</script>""", "2024-10-17", "Kyiv Daily")]
    [InlineData("""<script type="application/ld+json">{ broken json </script>""", null, null)]
    [InlineData("""<meta name="x"><time datetime="2023-06-01">1 June</time>""", "2023-06-01", null)]
    public void FromString_HtmlDateSources_ReadInOrder(string head, string? published, string? outlet)
    {
        var page = $"<html><head>{head}</head><body><article><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>";

        var metadata = Read(page, "p.html").Metadata;

        Assert.Equal(published, metadata.Published?.ToString());
        Assert.Equal(outlet, metadata.Outlet);
    }

    [Fact]
    public void FromString_HtmlList_KeepsABulletPerItem()
    {
        const string html = """
            <html><body><article>
            <p>The regional governor gave the toll on Monday morning, after a night of drone and missile strikes on the city and its outskirts:</p>
            <ul><li>At least <b>7</b> people killed</li><li><p>19 wounded, among them two children</p></li></ul>
            </article></body></html>
            """;

        var lines = Read(html, "list.html").Text.Split('\n');

        Assert.Contains("- At least 7 people killed", lines);
        Assert.Contains("19 wounded, among them two children", lines);
        Assert.DoesNotContain("-", lines);
    }

    [Theory]
    [InlineData("<html><body><p>Shelling killed 12 civilians in Kherson.<div><p>Another 30 were wounded")]
    [InlineData("<p>Shelling killed 12 civilians in Kherson.</b></i></table><p>Another 30 were wounded</p></html></html>")]
    [InlineData("<!DOCTYPE html><html><head><title>x</title><body><p>Shelling killed 12 civilians in Kherson.<p>Another 30 were wounded<script>if (a < b) {")]
    public void FromString_BrokenHtml_StillGivesText(string html)
    {
        var result = ArticleReader.FromString(html, "broken.html");

        Assert.True(result.Success, result.Error);
        Assert.Contains("Shelling killed 12 civilians in Kherson.", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("Another 30 were wounded", result.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('<', result.Article.Text);
    }

    [Theory]
    [InlineData("<html><body><script>var x = 1;</script><style>p { color: red }</style></body></html>")]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    public void FromString_HtmlWithoutArticleText_FailsWithOneLine(string html)
    {
        var result = ArticleReader.FromString(html, "empty.html");

        Assert.False(result.Success);
        Assert.StartsWith("[E105] empty.html", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
    }

    private const string Paragraph =
        "Russian forces launched 120 drones and 8 missiles overnight, Ukraine's air force said, adding that air defences shot down 95 of the drones over the central and eastern regions of the country.";
}
