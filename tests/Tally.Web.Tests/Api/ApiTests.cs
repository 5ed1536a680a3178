using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Tally.Web.Tests.Api;

/// <summary>The JSON API over the real server: the seed's conflict, filters and paging, and problem details for every bad request.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await WebServer.StartAsync();
        var added = await _server.Client.PostAsJsonAsync("/api/documents", new { text = WebServer.SeedArticle, name = "article" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> Get(string path)
    {
        var response = await _server.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Conflicts_Seed_CasualtiesUkraineAgainstSouthKorea()
    {
        var body = await Get("/api/conflicts");
        var group = Assert.Single(body.GetProperty("items").EnumerateArray(), g => g.GetProperty("measure").GetString() == "casualties");
        Assert.Equal("KP", group.GetProperty("actor").GetString());
        var figures = group.GetProperty("claims").EnumerateArray()
            .Select(c => (Low: c.GetProperty("value").GetProperty("low").GetDecimal(), Source: c.GetProperty("according_to")[0].GetProperty("country").GetString()))
            .OrderBy(f => f.Low).ToList();
        Assert.Equal([(3600m, "KR"), (4000m, "UA")], figures);
    }

    [Fact]
    public async Task Claims_FiltersAndPages_FollowTheCli()
    {
        var killed = await Get("/api/claims?measure=killed&actor=kp");
        Assert.All(killed.GetProperty("items").EnumerateArray(), c => Assert.Equal("killed", c.GetProperty("measure").GetString()));
        Assert.Equal(400m, Assert.Single(killed.GetProperty("items").EnumerateArray()).GetProperty("value").GetProperty("low").GetDecimal());

        var first = await Get("/api/claims?limit=2&sort=largest");
        Assert.Equal(2, first.GetProperty("next_offset").GetInt32());
        var lows = first.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("value").GetProperty("high").GetDecimal()).ToList();
        Assert.True(lows[0] >= lows[1]);
        var second = await Get("/api/claims?limit=2&sort=largest&offset=2");
        Assert.DoesNotContain(second.GetProperty("items")[0].GetProperty("id").GetInt64(),
            first.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Document_EvidenceOffsets_PointAtTheSentence()
    {
        var doc = await Get("/api/documents/1");
        var text = doc.GetProperty("text").GetString()!;
        var claim = doc.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("value").GetProperty("text").GetString() == "around 4,000");
        var span = claim.GetProperty("evidence")[0];
        var sentence = text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
        Assert.Contains("around 4,000 casualties", sentence);
    }

    [Fact]
    public async Task SeriesSourcesDocuments_Answer()
    {
        var series = await Get("/api/series?measure=casualties&actor=KP");
        Assert.Equal("casualties", series.GetProperty("measure").GetString());
        Assert.Contains((await Get("/api/sources")).EnumerateArray(), s => s.GetProperty("name").GetString() == "Yu Yong-weon");
        Assert.Equal("article", (await Get("/api/documents")).GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var paths = (await Get("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/claims", "/api/conflicts", "/api/series", "/api/sources", "/api/documents", "/api/documents/{id}" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Theory]
    [InlineData("/api/claims?measure=bogus", 400, "[E301]")]
    [InlineData("/api/claims?since=yesterday", 400, "since")]
    [InlineData("/api/claims?limit=-1", 400, "limit")]
    [InlineData("/api/claims?actor=North%20Korea", 400, "actor")]
    [InlineData("/api/claims?sort=random", 400, "sort")]
    [InlineData("/api/series", 400, "measure")]
    [InlineData("/api/documents/999", 404, "[E302]")]
    [InlineData("/api/nothing-here", 404, "")]
    public async Task BadRequest_ProblemDetails_NoStackTrace(string path, int status, string detail)
    {
        var response = await _server.Client.GetAsync(path);
        await AssertProblem(response, status, detail);
    }

    [Theory]
    [InlineData("{\"text\": ", 400, "")]
    [InlineData("{\"text\": \"a\", \"url\": \"https://example.org/\"}", 400, "[E304]")]
    [InlineData("{}", 400, "[E304]")]
    [InlineData("{\"url\": \"file:///etc/passwd\"}", 400, "[E307]")]
    [InlineData("{\"text\": \"   \\n \"}", 400, "[E304]")]
    [InlineData("{\"text\": \"words\", \"published\": \"soon\"}", 400, "published")]
    public async Task AddDocument_BadBody_ProblemDetails(string json, int status, string detail)
    {
        var response = await _server.Client.PostAsync("/api/documents", new StringContent(json, new MediaTypeHeaderValue("application/json")));
        await AssertProblem(response, status, detail);
    }

    [Fact]
    public async Task AddDocument_TooLarge_413()
    {
        var text = new string('x', 3 * 1024 * 1024);
        var response = await _server.Client.PostAsJsonAsync("/api/documents", new { text });
        await AssertProblem(response, 413, "");
    }

    [Fact]
    public async Task AddDocument_SameTextAgain_Unchanged()
    {
        var response = await _server.Client.PostAsJsonAsync("/api/documents", new { text = WebServer.SeedArticle });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unchanged", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("outcome").GetString());
    }

    /// <summary>Article text is untrusted: markup in it must come out as text, and no page carries script.</summary>
    [Fact]
    public async Task DocumentPage_ArticleWithScript_RendersAsText()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> Officials said 40 people were killed in the strike.";
        var added = await _server.Client.PostAsJsonAsync("/api/documents", new { text = hostile, name = "hostile", format = "text" });
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetInt64();
        var page = await _server.Client.GetAsync($"/documents/{id}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src", page.Headers.GetValues("Content-Security-Policy").Single() + " script-src");
        Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/claims?measure=casualties&sort=largest")]
    [InlineData("/conflicts")]
    [InlineData("/series?measure=casualties&actor=KP")]
    [InlineData("/documents/1")]
    [InlineData("/add")]
    public async Task Pages_Render(string path)
    {
        var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_BadFilter_ErrorPageNot500()
    {
        var response = await _server.Client.GetAsync("/claims?until=never");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("[E301]", await response.Content.ReadAsStringAsync());
    }

    internal static async Task AssertProblem(HttpResponseMessage response, int status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (detail.Length > 0) Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }
}
