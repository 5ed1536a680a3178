using System.Diagnostics;
using System.Globalization;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Ingest;
using Tally.Ledger.Storage;
using Tally.Pipeline;
using Tally.Reading;
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
    const int perDocument = 10;
    var text = Generator.Text(new Random(7), 40);
    int written = 0, doc = 0;
    while (written < claimCount)
    {
        using var tx = ledger.BeginTransaction();
        for (int i = 0; i < 1000 && written < claimCount; i++, doc++)
        {
            var published = PartialDate.OfDate(new DateOnly(2022, 2, 24).AddDays(doc % 1200));
            long id = ledger.Documents.InsertDocument(new NewDocument($"q{doc}", $"q{doc}", null, "bench", null, published, DateTimeOffset.UtcNow, "bench", (ulong)doc, text), tx);
            var batch = Generator.ClaimsFor(text, doc, Math.Min(perDocument, claimCount - written));
            ledger.Claims.InsertClaims(id, batch, text, published, tx);
            written += batch.Count;
        }
        tx.Commit();
    }
    if (ledger.Backend == LedgerBackend.Postgres) Dapper.SqlMapper.Execute(ledger.Connection, "ANALYZE claims; ANALYZE documents");
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

/// <summary>News-like articles and claims from a seeded random source, so runs compare.</summary>
static class Generator
{
    public static readonly string[] Actors = ["KP", "RU", "UA", "KR", "US", "IL", "PS", "SD"];
    public static readonly Measure[] Measures = [Measure.Killed, Measure.Wounded, Measure.Casualties, Measure.Deployed, Measure.Captured, Measure.Displaced, Measure.Launched, Measure.Destroyed];
    private static readonly Source[] Sources =
    [
        new("Ministry of Defence", "ministry", "UA"), new("General Staff", "military", "RU"), new("Yu Yong-weon", "lawmaker", "KR"),
        new("UN OCHA", "UN agency", null), new("Pentagon", "ministry", "US"), new("Health Ministry", "ministry", "PS"),
    ];

    private static readonly string[] Words = (
        "army front village city region troops soldiers officials said reported according ministry estimate near border attack strike drone missile " +
        "artillery shelling convoy aid refugees evacuation hospital casualties wounded killed captured prisoners exchange talks ceasefire offensive " +
        "defence intelligence agency briefing lawmaker spokesman statement week month morning overnight night sources claimed denied confirmed " +
        "training deployment brigade battalion unit equipment tanks vehicles losses damage reconstruction appeal shelter power grid water supply " +
        "bridge railway port airfield command headquarters assessment observers satellite images analysts governor mayor residents civilians")
        .Split(' ');

    public static string Text(Random r, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
        {
            var words = Enumerable.Range(0, r.Next(12, 24)).Select(_ => Words[r.Next(Words.Length)]).ToList();
            words.Insert(r.Next(words.Count), r.Next(10, 90_000).ToString("N0", CultureInfo.InvariantCulture));
            return char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".";
        }));

    public static IEnumerable<Article> Articles(int n, int seed)
    {
        var r = new Random(seed);
        for (int i = 0; i < n; i++)
        {
            var published = PartialDate.OfDate(new DateOnly(2022, 2, 24).AddDays(r.Next(1200)));
            yield return new Article(Text(r, r.Next(15, 35)), new DocumentMetadata { Name = $"article-{i:00000}", Outlet = "bench", Published = published });
        }
    }

    public static IReadOnlyList<Claim> ClaimsFor(string text, int seed, int count = 5)
    {
        var r = new Random(seed);
        var list = new List<Claim>(count);
        for (int i = 0; i < count; i++)
        {
            var value = (decimal)r.Next(1, 100_000);
            list.Add(new Claim(
                Measures[r.Next(Measures.Length)],
                new Subject(Actors[r.Next(Actors.Length)], "personnel", "soldiers"),
                new Figure(CountRange.Single(value), (Hedge)r.Next(4), value.ToString(CultureInfo.InvariantCulture)),
                (Aggregate)r.Next(3), null, null,
                [Sources[r.Next(Sources.Length)], Source.Outlet("bench")],
                Modality.Asserted,
                [new TextSpan(0, Math.Min(120, text.Length))]));
        }
        return list;
    }
}
