using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Tally.Bench.Shared;
using Tally.Claims;
using Tally.Ledger.Storage;
using Tally.Web;

// The web API's benchmark (not a unit test): latency of /api/claims and /api/conflicts over a ledger
// of generated claims, under concurrent clients on loopback.
//   dotnet run -c Release --project bench/Tally.WebBench -- [--claims 1000000] [--clients 8] [--requests 2000] [--db ledger.db]
// Target: p50 under 30 ms for both. --db keeps the generated ledger for the next run (it is reused
// when it already holds the claims). Each query asks for an actor and a measure, as a user narrowing
// a question would; the first conflicts query for each is timed apart (cold), the rest hit the cache.

var claims = Arg("--claims", 1_000_000);
var clients = Arg("--clients", 8);
var requests = Arg("--requests", 2_000);
var keep = ArgText("--db");
var folder = keep is null ? Directory.CreateTempSubdirectory("tally-web-bench-").FullName : null;
var target = keep ?? Path.Combine(folder!, "ledger.db");
try
{
    using (var ledger = LedgerDatabase.Open(target))
    {
        long have = ledger.Claims.CountClaims();
        if (have < claims)
        {
            if (have > 0) throw new InvalidOperationException($"{target} holds {have:N0} claims, fewer than {claims:N0}; give a new --db.");
            var clock = Stopwatch.StartNew();
            Console.WriteLine($"Generating {claims:N0} claims into {target} ...");
            Generator.FillClaims(ledger, claims);
            Console.WriteLine($"  written in {clock.Elapsed.TotalSeconds:F0} s");
        }
        else Console.WriteLine($"Reusing {target}: {have:N0} claims");
    }

    var app = TallyWeb.Create(new TallyWebOptions { Ledger = target, Address = IPAddress.Loopback, Port = 0 });
    await app.StartAsync();
    using var http = new HttpClient { BaseAddress = app.BaseAddress() };
    http.DefaultRequestHeaders.ConnectionClose = false;
    var questions = (from a in Generator.Actors from m in Generator.Measures select $"actor={a}&measure={m.Name()}").ToArray();
    Console.WriteLine($"{clients} clients, {requests:N0} requests per endpoint, {questions.Length} actor/measure questions, server {app.BaseAddress()}");

    await Measure("claims", q => $"/api/claims?{q}&limit=50");
    var cold = new List<double>();
    foreach (var q in questions) cold.Add(await Time($"/api/conflicts?{q}"));
    cold.Sort();
    Console.WriteLine($"conflicts, first ask of each question (computed, then cached): p50 {P(cold, 0.5):F0} ms, max {cold[^1]:F0} ms");
    await Measure("conflicts", q => $"/api/conflicts?{q}&limit=20");

    await app.StopAsync();
    await app.DisposeAsync();

    async Task Measure(string name, Func<string, string> path)
    {
        var random = new Random(11);
        var paths = Enumerable.Range(0, requests).Select(_ => path(questions[random.Next(questions.Length)])).ToArray();
        for (int i = 0; i < Math.Min(50, paths.Length); i++) await Time(paths[i]); // JIT, connections, caches
        var times = new double[paths.Length];
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < paths.Length;) times[i] = await Time(paths[i]);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = times.Order().ToList();
        Console.WriteLine($"{name}: p50 {P(sorted, 0.5):F1} ms, p95 {P(sorted, 0.95):F1} ms, max {sorted[^1]:F1} ms, {paths.Length / elapsed:F0} requests/s");
    }

    async Task<double> Time(string path)
    {
        var sw = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        return sw.Elapsed.TotalMilliseconds;
    }
}
finally
{
    if (folder is not null) Directory.Delete(folder, true);
}
return 0;

static double P(IReadOnlyList<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * q))];

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
