using System.Diagnostics;
using System.Globalization;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Ingest;
using Tally.Ledger.Storage;
using Tally.Pipeline;
using Tally.Reading;
using Tally.Bench.Shared;
using Tally.Time;

// The ledger's benchmark (not a unit test): ingest rate of generated articles, and the latency of
// `tally claims --actor A --measure M` over a million generated claims.
//   dotnet run -c Release --project bench/Tally.LedgerBench -- [--docs 10000] [--claims 1000000] [--pg CONNECTION]
// Targets: at least 200 documents/s into SQLite; p50 under 20 ms for the query.
// PostgreSQL runs too when --pg or TALLY_TEST_PG names a server (scripts/postgres-test.sh starts one).

var docs = Arg("--docs", 10_000);
var claims = Arg("--claims", 1_000_000);
var pg = ArgText("--pg") ?? Environment.GetEnvironmentVariable("TALLY_TEST_PG");
var folder = Directory.CreateTempSubdirectory("tally-ledger-bench-").FullName;
try
{
    Console.WriteLine($"Generating {docs:N0} articles ...");
    var articles = Generator.Articles(docs, seed: 1).ToList();
    Report("SQLite", Ingest(Path.Combine(folder, "ingest.db"), articles));
    if (pg is not null) Report("PostgreSQL", Ingest(WithSchema(pg, "bench_ingest"), articles));

    Console.WriteLine($"Generating {claims:N0} claims ...");
    Latency("SQLite", Path.Combine(folder, "query.db"), claims);
    if (pg is not null) Latency("PostgreSQL", WithSchema(pg, "bench_query"), claims);
}
finally
{
    Directory.Delete(folder, true);
}
return 0;

static void Report(string backend, (int Docs, int Claims, double Seconds) r) =>
    Console.WriteLine($"ingest {backend}: {r.Docs:N0} documents, {r.Claims:N0} claims in {r.Seconds:F1} s = {r.Docs / r.Seconds:F0} docs/s");

// The engine's pipeline runs on each article; it does not assign claims yet, so a generated set of
// claims stands in for what it will find, and the stores write as much as they will then.
static (int, int, double) Ingest(string target, List<Article> articles)
{
    using var ledger = LedgerDatabase.Open(target);
    var ingestor = new Ingestor(ledger, a =>
    {
        var doc = TallyPipeline.Default.Process(a.Text, a.Metadata);
        if (!doc.Has(Layer.Claims)) doc.Claims = Generator.ClaimsFor(a.Text, a.Metadata.Name.GetHashCode(StringComparison.Ordinal));
        return doc;
    });
    var clock = Stopwatch.StartNew();
    int claims = 0;
    foreach (var a in articles)
    {
        var r = ingestor.IngestArticle(a, DateTimeOffset.UtcNow);
        if (r.Outcome != IngestOutcome.Added) throw new InvalidOperationException($"{a.Metadata.Name}: {r.Outcome} {r.Error}");
        claims += r.Claims;
    }
    return (articles.Count, claims, clock.Elapsed.TotalSeconds);
}

static void Latency(string backend, string target, int claimCount)
{
    using var ledger = LedgerDatabase.Open(target);
    var clock = Stopwatch.StartNew();
    int written = Generator.FillClaims(ledger, claimCount);
    Console.WriteLine($"{backend}: {written:N0} claims written in {clock.Elapsed.TotalSeconds:F1} s");

    // What `tally claims --actor A --measure M` asks: its default limit of 200 rows, newest first, fully read.
    var random = new Random(3);
    var times = new List<double>();
    int rows = 0;
    for (int i = 0; i < 220; i++)
    {
        var query = new ClaimQuery { Actor = Generator.Actors[random.Next(Generator.Actors.Length)], Measure = Generator.Measures[random.Next(Generator.Measures.Length)], Limit = 200 };
        var sw = Stopwatch.StartNew();
        rows += ledger.Claims.QueryClaims(query).Count();
        if (i >= 20) times.Add(sw.Elapsed.TotalMilliseconds); // the first 20 warm the caches and the JIT
    }
    times.Sort();
    Console.WriteLine($"query {backend}: claims --actor --measure over {written:N0} claims: p50 {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms ({rows / 220} rows a query)");
}

static string WithSchema(string server, string schema)
{
    using var c = new Npgsql.NpgsqlConnection(server);
    c.Open();
    Dapper.SqlMapper.Execute(c, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
    return new Npgsql.NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
}

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
