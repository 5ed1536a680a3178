using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Tally.Web.Tests.Browser;

/// <summary>
/// End-to-end in Debian's Chromium, headless, driven by Playwright (never `playwright install`: the
/// browser comes from apt, which scripts/test.sh runs). Without Chromium these tests skip locally and
/// fail under CI=true, where they must run.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    /// <summary>Where screenshots go: beside the test binaries, so a CI run can keep them.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            const string why = $"{Chromium} is missing; scripts/test.sh installs it (apt-get install -y chromium).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI=true but {why} The browser tests must run in CI.");
            Skip.If(true, $"Browser tests skipped: {why}");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        return (playwright, browser);
    }

    [SkippableFact]
    public async Task AddSeed_ConflictsPage_ClickThroughHighlightsTheSentence()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await WebServer.StartAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 720 } });

        // Add: paste the article and land on its document with its claims.
        await page.GotoAsync(new Uri(server.BaseAddress, "/add").ToString());
        await page.FillAsync("textarea[name=text]", WebServer.SeedArticle);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/documents/*");
        Assert.Contains("Added with", await page.InnerTextAsync("main"));

        // Conflicts: the casualties card shows both figures with their sources and sentences.
        await page.GotoAsync(new Uri(server.BaseAddress, "/conflicts").ToString());
        var card = page.Locator("section.conflict", new PageLocatorOptions { HasText = "casualties of KP" });
        var cardText = await card.InnerTextAsync();
        Assert.Contains("around 4,000", cardText);
        Assert.Contains("approximately 3,600", cardText);
        Assert.Contains("Ukrainian", cardText);
        Assert.Contains("South Korea", cardText);

        // Click through from Ukraine's figure (both figures share one sentence): the document opens at it, marked.
        await card.Locator("article.side:has(div.figure:text-is('around 4,000')) a.evidence").ClickAsync();
        await page.WaitForURLAsync("**/documents/*#s-*");
        var marked = page.Locator("mark.evidence:target");
        Assert.Contains("around 4,000 casualties", await marked.InnerTextAsync());
        var background = await marked.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(255, 183, 77)", background);

        Directory.CreateDirectory(ScreenshotFolder);
        var shot = Path.Combine(ScreenshotFolder, "document-highlight.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        output.WriteLine($"screenshot: {shot}");
    }

    [SkippableFact]
    public async Task DocumentPage_ArticleWithScript_RunsNothing()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await WebServer.StartAsync();
        const string hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Officials said 40 people were killed.";
        var added = await server.Client.PostAsJsonAsync("/api/documents", new { text = hostile, name = "hostile", format = "text" });
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetInt64();

        var page = await browser.NewPageAsync();
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
        await page.GotoAsync(new Uri(server.BaseAddress, $"/documents/{id}").ToString());
        Assert.Contains("<script>window.pwned = 1</script>", await page.InnerTextAsync(".article"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.False(dialog);
        Assert.Equal(0, await page.Locator(".article img, .article script").CountAsync());
    }
}
