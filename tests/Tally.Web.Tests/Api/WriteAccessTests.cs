using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Xunit;

namespace Tally.Web.Tests.Api;

/// <summary>With a token, every write must present it; off loopback the server will not start without one.</summary>
public sealed class WriteAccessTests
{
    [Fact]
    public async Task AddDocument_WithToken_NeedsBearer()
    {
        await using var server = await WebServer.StartAsync(token: "s3cret");
        var anonymous = await server.Client.PostAsJsonAsync("/api/documents", new { text = WebServer.SeedArticle });
        await ApiTests.AssertProblem(anonymous, 401, "[E303]");

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = WebServer.SeedArticle }) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        await ApiTests.AssertProblem(await server.Client.SendAsync(wrong), 401, "[E303]");

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = WebServer.SeedArticle }) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(right)).StatusCode);

        // Reads stay open.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/claims")).StatusCode);
    }

    [Fact]
    public void Create_OpenAddressWithoutToken_Refuses()
    {
        var e = Assert.Throws<WebSetupException>(() => TallyWeb.Create(new TallyWebOptions { Ledger = ":memory:", Address = IPAddress.Any }));
        Assert.Contains("[E306]", e.Message);
    }
}
