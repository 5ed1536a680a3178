using System.Net;
using Microsoft.AspNetCore.Builder;
using Tally.Tests;

namespace Tally.Web.Tests;

/// <summary>
/// The real server (Kestrel, limits and all) on a free loopback port over a fresh SQLite ledger in
/// the temp folder; disposing stops it and removes the ledger.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private WebServer(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
        BaseAddress = app.BaseAddress();
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }

    public static string SeedArticle => File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "article.txt"));

    public static async Task<WebServer> StartAsync(string? token = null, long maxRequestBytes = 2 * 1024 * 1024)
    {
        var folder = Directory.CreateTempSubdirectory("tally-web-test-").FullName;
        var app = TallyWeb.Create(new TallyWebOptions
        {
            Ledger = Path.Combine(folder, "ledger.db"),
            Address = IPAddress.Loopback,
            Port = 0,
            Token = token,
            MaxRequestBytes = maxRequestBytes,
        });
        await app.StartAsync();
        return new WebServer(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
