using System.Net;
using System.Text;
using Tally.Ledger.Ingest;
using Tally.Time;
using Xunit;

namespace Tally.Ledger.Tests.Ingest;

/// <summary>Pages and feeds served by an in-process handler: no network.</summary>
public class InputReaderTests
{
    private static readonly string LongBody = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"Paragraph {i} of the full story."));

    private sealed class Site(Dictionary<string, (string Type, string Body)> pages) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var url = request.RequestUri!.ToString();
            Requested.Add(url);
            var response = pages.TryGetValue(url, out var page)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page.Body, Encoding.UTF8, page.Type) }
                : new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Not Found" };
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    private static async Task<List<IngestItem>> Read(Site site, string input)
    {
        var reader = new InputReader(new HttpClient(site), TimeProvider.System);
        var items = new List<IngestItem>();
        await foreach (var item in reader.ReadAsync(input)) items.Add(item);
        return items;
    }

    [Fact]
    public async Task ReadAsync_RssWithFullContent_UsesItWithoutFetching()
    {
        var rss = $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kyiv Daily</title><link>https://kd.example/</link><description>d</description>
            <item><title>Losses mount</title><link>https://kd.example/losses</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
            <description>Short summary.</description><content:encoded><![CDATA[<p>{LongBody}</p>]]></content:encoded></item>
            </channel></rss>
            """;
        var site = new Site(new() { ["https://kd.example/feed"] = ("application/rss+xml", rss) });
        var item = Assert.Single(await Read(site, "https://kd.example/feed"));
        Assert.True(item.Result.Success, item.Result.Error);
        var meta = item.Result.Article.Metadata;
        Assert.Equal(("Kyiv Daily", "Losses mount", "https://kd.example/losses", PartialDate.OfDay(2025, 3, 3)), (meta.Outlet, meta.Title, meta.Url, meta.Published));
        Assert.Contains("Paragraph 39", item.Result.Article.Text);
        Assert.Equal(["https://kd.example/feed"], site.Requested);
    }

    [Fact]
    public async Task ReadAsync_AtomWithSummaries_FetchesEachPage_ReportsMissingOnes()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2025-03-01T00:00:00Z</updated>
            <entry><title>One</title><id>urn:1</id><link href="https://wire.example/1"/><updated>2025-03-01T00:00:00Z</updated><summary>s</summary></entry>
            <entry><title>Two</title><id>urn:2</id><link href="https://wire.example/2"/><updated>2025-03-01T00:00:00Z</updated><summary>s</summary></entry>
            </feed>
            """;
        var site = new Site(new()
        {
            ["https://wire.example/atom"] = ("application/xml", atom),
            ["https://wire.example/1"] = ("text/plain", "The first story: 12 killed."),
        });
        var items = await Read(site, "https://wire.example/atom");
        Assert.Equal(2, items.Count);
        Assert.True(items[0].Result.Success);
        Assert.Equal(("Wire", "One", "https://wire.example/1"), (items[0].Result.Article!.Metadata.Outlet, items[0].Result.Article!.Metadata.Title, items[0].Result.Article!.Metadata.Url));
        Assert.Equal("The first story: 12 killed.", items[0].Result.Article!.Text);
        Assert.Contains("HTTP 404", items[1].Result.Error);
    }

    [Fact]
    public async Task ReadAsync_Page_OneArticleWithItsUrl()
    {
        var site = new Site(new() { ["https://news.example/a/story-1"] = ("text/plain", "A plain story.") });
        var item = Assert.Single(await Read(site, "https://news.example/a/story-1"));
        Assert.Equal(("story-1", "https://news.example/a/story-1"), (item.Result.Article!.Metadata.Name, item.Result.Article!.Metadata.Url));
    }

    [Fact]
    public async Task ReadAsync_BrokenFeed_OneFailure()
    {
        var site = new Site(new() { ["https://x.example/rss"] = ("application/rss+xml", "<rss><channel><item>") });
        var item = Assert.Single(await Read(site, "https://x.example/rss"));
        Assert.Contains("[E205]", item.Result.Error);
    }
}
