using System.Globalization;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Storage;
using Tally.Reading;
using Tally.Time;

namespace Tally.Bench.Shared;

/// <summary>News-like articles and claims from a seeded random source, so runs compare.</summary>
public static class Generator
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

    /// <summary>
    /// Writes <paramref name="claimCount"/> generated claims into the ledger, ten to a document, one
    /// transaction per thousand documents, dated over 1,200 days; returns how many were written.
    /// </summary>
    public static int FillClaims(LedgerDatabase ledger, int claimCount)
    {
        const int perDocument = 10;
        var text = Text(new Random(7), 40);
        int written = 0, doc = 0;
        while (written < claimCount)
        {
            using var tx = ledger.BeginTransaction();
            for (int i = 0; i < 1000 && written < claimCount; i++, doc++)
            {
                var published = PartialDate.OfDate(new DateOnly(2022, 2, 24).AddDays(doc % 1200));
                long id = ledger.Documents.InsertDocument(new NewDocument($"q{doc}", $"q{doc}", null, "bench", null, published, DateTimeOffset.UtcNow, "bench", (ulong)doc, text), tx);
                var batch = ClaimsFor(text, doc, Math.Min(perDocument, claimCount - written));
                ledger.Claims.InsertClaims(id, batch, text, published, tx);
                written += batch.Count;
            }
            tx.Commit();
        }
        if (ledger.Backend == LedgerBackend.Postgres) Dapper.SqlMapper.Execute(ledger.Connection, "ANALYZE claims; ANALYZE documents");
        return written;
    }
}
