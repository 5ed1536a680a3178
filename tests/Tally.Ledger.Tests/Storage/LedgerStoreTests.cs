using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Storage;
using Tally.Time;
using Xunit;

namespace Tally.Ledger.Tests.Storage;

/// <summary>The document and claim stores, run unchanged on SQLite and PostgreSQL (STYLE.md, point 12).</summary>
public abstract class LedgerStoreTests : IDisposable
{
    protected readonly LedgerProvider Provider;
    protected readonly LedgerDatabase Ledger;

    protected LedgerStoreTests(Func<LedgerProvider> provider)
    {
        Provider = provider();
        Ledger = Provider.Open();
    }

    public void Dispose()
    {
        Ledger.Dispose();
        Provider.Dispose();
        GC.SuppressFinalize(this);
    }

    private const string Text = "North Korea has lost 4,000 soldiers in Kursk. Ukraine said 400 were killed.";

    protected long AddDocument(string name, IReadOnlyList<Claim> claims, PartialDate? published = null, string text = Text)
    {
        using var tx = Ledger.BeginTransaction();
        long id = Ledger.Documents.InsertDocument(new NewDocument(Guid.NewGuid().ToString("N"), name, $"Title {name}", "news.az", $"https://example.org/{name}",
            published, DateTimeOffset.UnixEpoch, "test-1", 42, text), tx);
        Ledger.Claims.InsertClaims(id, claims, text, published, tx);
        tx.Commit();
        return id;
    }

    [SkippableFact]
    public void Open_NewDatabase_AppliesEveryMigrationOnce()
    {
        Assert.Equal(Migrations.All.Select(m => m.Version), Ledger.SchemaVersions());
        using var again = Provider.Open();
        Assert.Equal(Migrations.All.Select(m => m.Version), again.SchemaVersions());
        Assert.Equal(Provider.Backend, Ledger.Backend);
    }

    [SkippableFact]
    public void InsertClaims_ReadBack_KeepsEveryField()
    {
        var claim = TestClaims.Make(Measure.Casualties, 3500, Hedge.Range, [TestClaims.Ukraine, TestClaims.Yu, TestClaims.Outlet],
            aggregate: Aggregate.Total, high: 4000.5m, qualifier: "in one strike", time: new TimeRef("last October", PartialDate.OfMonth(2024, 10), PartialDate.OfDay(2024, 10, 31)),
            place: new PlaceRef("Kursk region", "RU"), evidence: new TextSpan(0, 45), valueText: "3,500 to 4,000.5") with { Anchor = new TextSpan(21, 26) };
        long doc = AddDocument("seed", [claim], PartialDate.OfDay(2025, 3, 1));

        var stored = Assert.Single(Ledger.Claims.QueryClaims(new ClaimQuery()));
        Assert.Equal(doc, stored.DocumentId);
        Assert.Equal("seed", stored.DocumentName);
        Assert.Equal(PartialDate.OfDay(2025, 3, 1), stored.Published);
        Assert.Equal(new DateOnly(2024, 10, 1), stored.DayFrom);
        Assert.Equal(new DateOnly(2024, 10, 31), stored.DayTo);
        Assert.Equal("North Korea has lost 4,000 soldiers in Kursk.", stored.EvidenceText);
        var c = stored.Claim;
        Assert.Equal(claim.Measure, c.Measure);
        Assert.Equal(claim.Subject, c.Subject);
        Assert.Equal(claim.Figure, c.Figure);
        Assert.Equal(claim.Aggregate, c.Aggregate);
        Assert.Equal(claim.Time, c.Time);
        Assert.Equal(claim.Place, c.Place);
        Assert.Equal(claim.AccordingTo.AsEnumerable(), c.AccordingTo.AsEnumerable());
        Assert.Equal(claim.Modality, c.Modality);
        Assert.Equal(claim.Evidence.AsEnumerable(), c.Evidence.AsEnumerable());
        Assert.Equal(claim.Anchor, c.Anchor);
    }

    [SkippableFact]
    public void QueryDocumentByHash_StoredDocument_RoundTrips()
    {
        using var tx = Ledger.BeginTransaction();
        var fetched = new DateTimeOffset(2025, 3, 2, 10, 30, 0, TimeSpan.Zero);
        long id = Ledger.Documents.InsertDocument(new NewDocument("abc", "seed", "A title", "news.az", "https://news.az/x", PartialDate.OfMonth(2025, 3),
            fetched, "v1", ulong.MaxValue - 5, Text), tx);
        tx.Commit();
        var d = Ledger.Documents.QueryDocumentByHash("abc")!;
        Assert.Equal(new StoredDocument(id, "abc", "seed", "A title", "news.az", "https://news.az/x", PartialDate.OfMonth(2025, 3), fetched, "v1", ulong.MaxValue - 5, null, null, Text), d);
        Assert.Null(Ledger.Documents.QueryDocumentByHash("other"));
    }

    [SkippableFact]
    public void QueryClaims_EachFilter_SelectsItsClaims()
    {
        AddDocument("a", [
            TestClaims.Make(Measure.Killed, 400, chain: [TestClaims.UkraineIntelligence, TestClaims.Outlet], time: TestClaims.Month(2024, 12), place: new PlaceRef("Kursk", "RU")),
            TestClaims.Make(Measure.Destroyed, 12, actor: "RU", kind: "equipment:tank", time: TestClaims.Month(2025, 2)),
        ]);
        AddDocument("b", [TestClaims.Make(Measure.Killed, 300, actor: "UA", chain: [TestClaims.SouthKorea, TestClaims.Yu, TestClaims.Outlet])],
            published: PartialDate.OfDay(2025, 1, 15), text: "Fighting near Pokrovsk continued, the lawmaker said.");

        int Count(ClaimQuery q) => Ledger.Claims.QueryClaims(q).Count();
        Assert.Equal(3, Count(new ClaimQuery()));
        Assert.Equal(2, Count(new ClaimQuery { Measure = Measure.Killed }));
        Assert.Equal(1, Count(new ClaimQuery { Measure = Measure.Killed, Actor = "kp" }));
        Assert.Equal(1, Count(new ClaimQuery { Kind = "equipment" }));
        Assert.Equal(1, Count(new ClaimQuery { Kind = "equipment:tank" }));
        Assert.Equal(0, Count(new ClaimQuery { Kind = "equip" }));
        Assert.Equal(1, Count(new ClaimQuery { Source = "yong" }));
        Assert.Equal(1, Count(new ClaimQuery { Source = "KR" }));
        Assert.Equal(1, Count(new ClaimQuery { Source = "kr" }));
        Assert.Equal(3, Count(new ClaimQuery { Source = "news.az" }));
        Assert.Equal(0, Count(new ClaimQuery { Source = "100%_" }));
        Assert.Equal(1, Count(new ClaimQuery { Place = "kursk" }));
        Assert.Equal(1, Count(new ClaimQuery { Place = "RU" }));
        Assert.Equal(2, Count(new ClaimQuery { Since = PartialDate.OfMonth(2025, 1) }));
        Assert.Equal(2, Count(new ClaimQuery { Until = PartialDate.OfDay(2025, 1, 15) }));
        Assert.Equal(1, Count(new ClaimQuery { Since = PartialDate.OfYear(2025), Until = PartialDate.OfMonth(2025, 1) }));
        Assert.Equal(2, Count(new ClaimQuery { Search = "soldiers Kursk" }));
        Assert.Equal(1, Count(new ClaimQuery { Search = "pokrovsk" }));
        Assert.Equal(0, Count(new ClaimQuery { Search = "soldiers Pokrovsk" }));
        Assert.Equal(0, Count(new ClaimQuery { Search = "\"&|!" }));
        Assert.Equal(1, Count(new ClaimQuery { Limit = 1 }));
    }

    [SkippableFact]
    public void QueryClaims_Order_NewestFirstUndatedLast()
    {
        AddDocument("undated", [TestClaims.Make(Measure.Killed, 1)]);
        AddDocument("old", [TestClaims.Make(Measure.Killed, 2, time: TestClaims.Month(2023, 5))]);
        AddDocument("new", [TestClaims.Make(Measure.Killed, 3, time: TestClaims.Month(2025, 5))]);
        Assert.Equal(["new", "old", "undated"], Ledger.Claims.QueryClaims(new ClaimQuery()).Select(c => c.DocumentName));
    }

    [SkippableFact]
    public void QueryClaims_OrderDocumentAndOffset_PageTheWebAsks()
    {
        var empty = Ledger.QueryStamp();
        AddDocument("undated", [TestClaims.Make(Measure.Killed, 1)]);
        long old = AddDocument("old", [TestClaims.Make(Measure.Killed, 20, time: TestClaims.Month(2023, 5)), TestClaims.Make(Measure.Wounded, 5)]);
        AddDocument("new", [TestClaims.Make(Measure.Killed, 3, time: TestClaims.Month(2025, 5))]);
        IEnumerable<decimal> Lows(ClaimQuery q) => Ledger.Claims.QueryClaims(q).Select(c => c.Claim.Figure.Value.Low);
        Assert.Equal([1m, 3m, 5m, 20m], Lows(new ClaimQuery { Order = ClaimOrder.Smallest }));
        Assert.Equal([20m, 5m, 3m, 1m], Lows(new ClaimQuery { Order = ClaimOrder.Largest }));
        Assert.Equal(["old", "new", "undated", "old"], Ledger.Claims.QueryClaims(new ClaimQuery { Order = ClaimOrder.Oldest }).Select(c => c.DocumentName));
        Assert.Equal([5m, 3m], Lows(new ClaimQuery { Order = ClaimOrder.Largest, Limit = 2, Offset = 1 }));
        Assert.Equal([20m, 5m], Lows(new ClaimQuery { DocumentId = old, Order = ClaimOrder.Largest }));
        Assert.Equal(["new", "old", "undated"], Ledger.Documents.QueryNewestDocuments(5).Select(d => d.Name));
        Assert.Equal(2, Ledger.Documents.QueryNewestDocuments(1, offset: 1).Single().Claims);
        Assert.NotEqual(empty, Ledger.QueryStamp());
    }

    [SkippableFact]
    public void LinkCopy_CopiesLeftOutUnlessAsked_AndCopiesOfCopiesFollow()
    {
        long original = AddDocument("original", [TestClaims.Make(Measure.Killed, 400)]);
        long copy = AddDocument("copy", [TestClaims.Make(Measure.Killed, 400)]);
        long older = AddDocument("older", [TestClaims.Make(Measure.Killed, 400)]);
        using (var tx = Ledger.BeginTransaction())
        {
            Ledger.Documents.LinkCopy(copy, original, 0.9, tx);
            Ledger.Documents.LinkCopy(original, older, 0.95, tx);
            tx.Commit();
        }
        Assert.Equal(older, Ledger.Documents.QueryDocument(copy)!.CopyOf);
        Assert.Equal(older, Ledger.Documents.QueryDocument(original)!.CopyOf);
        Assert.Equal(["older"], Ledger.Claims.QueryClaims(new ClaimQuery()).Select(c => c.DocumentName));
        Assert.Equal(3, Ledger.Claims.QueryClaims(new ClaimQuery { IncludeCopies = true }).Count());
        Assert.Equal(2, Ledger.Documents.CountCopies());
    }

    [SkippableFact]
    public void QuerySourceSummaries_CountsMadeAndRelayed_LeavesOutRelayingOutlets()
    {
        AddDocument("a", [.. TestClaims.Seed.All]);
        AddDocument("b", [TestClaims.Make(Measure.Killed, 10)]);
        var summaries = Ledger.Claims.QuerySourceSummaries(new ClaimQuery());
        Assert.Equal(["Ukraine's defence intelligence agency", "Yu Yong-weon", "South Korea", "Ukraine", "news.az"], summaries.Select(s => s.Name));
        var sources = summaries.ToDictionary(s => s.Name);
        var yu = sources["Yu Yong-weon"];
        Assert.Equal((2, 0, 1, "KR"), (yu.Claims, yu.AsOrigin, yu.Documents, yu.Country));
        Assert.Equal(2, yu.Measures[Measure.Casualties]);
        var intelligence = sources["Ukraine's defence intelligence agency"];
        Assert.Equal((2, 2), (intelligence.Claims, intelligence.AsOrigin));
        Assert.Equal([Measure.Killed, Measure.Wounded], intelligence.Measures.Keys.Order());
        var outlet = sources["news.az"];
        Assert.Equal((1, 1, 1), (outlet.Claims, outlet.AsOrigin, outlet.Documents));
    }

    [SkippableFact]
    public void DeleteClaims_RemovesClaimsAndTheirSources()
    {
        long id = AddDocument("a", [.. TestClaims.Seed.All]);
        using (var tx = Ledger.BeginTransaction())
        {
            Ledger.Claims.DeleteClaims(id, tx);
            tx.Commit();
        }
        Assert.Equal(0, Ledger.Claims.CountClaims());
        Assert.Empty(Ledger.Claims.QuerySourceSummaries(new ClaimQuery()));
        Assert.Equal(1, Ledger.Documents.CountDocuments());
    }

    [SkippableFact]
    public void Transaction_RolledBack_LeavesNothing()
    {
        using (var tx = Ledger.BeginTransaction())
        {
            long id = Ledger.Documents.InsertDocument(new NewDocument("h", "n", null, null, null, null, DateTimeOffset.UnixEpoch, "v", 1, Text), tx);
            Ledger.Claims.InsertClaims(id, [TestClaims.Make(Measure.Killed, 1)], Text, null, tx);
        }
        Assert.Equal(0, Ledger.Documents.CountDocuments());
        Assert.Equal(0, Ledger.Claims.CountClaims());
    }
}

public sealed class SqliteLedgerStoreTests() : LedgerStoreTests(() => new SqliteProvider());

public sealed class PostgresLedgerStoreTests() : LedgerStoreTests(() => new PostgresProvider());
