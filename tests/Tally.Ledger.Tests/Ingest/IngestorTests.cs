using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Ingest;
using Tally.Ledger.Storage;
using Tally.Ledger.Tests.Storage;
using Tally.Reading;
using Tally.Time;
using Xunit;

namespace Tally.Ledger.Tests.Ingest;

/// <summary>Ingesting small article files, on both backends. The extractor is a stand-in that finds one claim per "killed" line.</summary>
public abstract class IngestorTests : IDisposable
{
    private readonly LedgerProvider _provider;
    private readonly LedgerDatabase _ledger;
    private readonly string _folder = Directory.CreateTempSubdirectory("tally-ingest-").FullName;
    private readonly InputReader _reader = new(new HttpClient(), TimeProvider.System);

    protected IngestorTests(Func<LedgerProvider> provider)
    {
        _provider = provider();
        _ledger = _provider.Open();
    }

    public void Dispose()
    {
        _ledger.Dispose();
        _provider.Dispose();
        Directory.Delete(_folder, true);
        GC.SuppressFinalize(this);
    }

    /// <summary>One killed claim per sentence naming a number before "killed"; throws on "CRASH" so failures can be tested.</summary>
    private static TallyDocument Extract(Article a)
    {
        if (a.Text.Contains("CRASH", StringComparison.Ordinal)) throw new InvalidOperationException("stage exploded");
        var doc = new TallyDocument(a.Text, a.Metadata);
        var claims = new List<Claim>();
        int start = 0;
        foreach (var sentence in a.Text.Split('.'))
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int i = Array.IndexOf(words, "killed");
            if (i > 0 && decimal.TryParse(words[i - 1], out var n))
                claims.Add(TestClaims.Make(Measure.Killed, n, evidence: new TextSpan(start, start + sentence.Length)));
            start += sentence.Length + 1;
        }
        doc.Claims = claims;
        return doc;
    }

    private Ingestor Ingestor(string version = "v1") => new(_ledger, Extract, version);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly string Body = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Sentence {i} tells of the front near village {i * 7}."));

    [SkippableFact]
    public async Task IngestAsync_Folder_StoresEachFileWithClaims_ReportsBadInputs()
    {
        Write("a.txt", "Officials said 120 killed. Nothing else.");
        Write("sub/b.md", "Another report: 30 killed. And 5 killed later.");
        Write("sub/bad.txt", "\0\0binary");
        Write(".hidden", "1 killed.");
        var progress = new List<IngestProgress>();

        var summary = await Ingestor().IngestAsync([_folder, Path.Combine(_folder, "missing.txt")], _reader, progress: progress.Add);

        Assert.Equal((2, 3, 2), (summary.Counts.Added, summary.Counts.Claims, summary.Counts.Failed));
        Assert.Equal(["bad.txt", "missing.txt"], summary.Failures.Select(f => Path.GetFileName(f.Input)));
        Assert.Contains("[E103]", summary.Failures[0].Reason);
        Assert.Equal(4, progress.Count);
        Assert.Equal(2, _ledger.Documents.CountDocuments());
        Assert.Equal([5m, 30m, 120m], _ledger.Claims.QueryClaims(new ClaimQuery()).Select(c => c.Claim.Figure.Value.Low).Order());
        var doc = _ledger.Documents.QueryDocument(_ledger.Claims.QueryClaims(new ClaimQuery()).First(c => c.DocumentName == "a").DocumentId)!;
        Assert.Equal(("v1", "Officials said 120 killed. Nothing else."), (doc.ExtractorVersion, doc.Text));
        Assert.Equal(Tally.Ledger.Ingest.Ingestor.ContentHash(doc.Text), doc.ContentHash);
    }

    [SkippableFact]
    public async Task IngestAsync_SameContentAgain_ChangesNothing_ForceExtractsAgain()
    {
        var path = Write("a.txt", "Officials said 120 killed.");
        await Ingestor().IngestAsync([path], _reader);
        var again = await Ingestor().IngestAsync([path], _reader);
        Assert.Equal((0, 1), (again.Counts.Added, again.Counts.Unchanged));
        Assert.Equal(1, _ledger.Claims.CountClaims());

        var forced = await Ingestor("v2").IngestAsync([path], _reader, force: true);
        Assert.Equal((0, 1, 1), (forced.Counts.Added, forced.Counts.Reextracted, forced.Counts.Claims));
        Assert.Equal(1, _ledger.Claims.CountClaims());
        Assert.Equal("v2", _ledger.Documents.QueryDocumentByHash(Tally.Ledger.Ingest.Ingestor.ContentHash("Officials said 120 killed."))!.ExtractorVersion);
    }

    [SkippableFact]
    public async Task IngestAsync_ExtractorThrows_ReportedAndNothingStored_RestGoIn()
    {
        Write("1.txt", "CRASH 10 killed.");
        Write("2.txt", "20 killed.");
        var summary = await Ingestor().IngestAsync([_folder], _reader);
        Assert.Equal((1, 1), (summary.Counts.Added, summary.Counts.Failed));
        Assert.Contains("[E206]", summary.Failures[0].Reason);
        Assert.Equal(1, _ledger.Documents.CountDocuments());
    }

    [SkippableFact]
    public async Task IngestAsync_SyndicatedCopy_LinkedToOriginal_ClaimsNotCounted()
    {
        Write("1-original.txt", Body + " In all 400 killed.");
        Write("2-copy.txt", "Republished from news.az. " + Body + " In all 400 killed. Copyright 2025 Another Outlet.");
        Write("3-other.txt", string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Unrelated line {i * 3} about weather and crops.")));
        var summary = await Ingestor().IngestAsync([_folder], _reader);
        Assert.Equal((3, 1), (summary.Counts.Added, summary.Counts.Copies));
        var copy = _ledger.Claims.QueryClaims(new ClaimQuery { IncludeCopies = true }).Single(c => c.DocumentName == "2-copy");
        var original = _ledger.Claims.QueryClaims(new ClaimQuery()).Single(c => c.DocumentName == "1-original");
        Assert.Equal(original.DocumentId, copy.CopyOf);
        Assert.Single(_ledger.Claims.QueryClaims(new ClaimQuery { Measure = Measure.Killed }));
    }

    [SkippableFact]
    public void IngestArticle_CopyPublishedEarlier_BecomesTheOriginal()
    {
        var ingestor = Ingestor();
        var later = ingestor.IngestArticle(new Article(Body + " Later.", new DocumentMetadata { Name = "later", Published = PartialDate.OfDay(2025, 3, 2) }), DateTimeOffset.UnixEpoch);
        var earlier = ingestor.IngestArticle(new Article(Body + " Earlier.", new DocumentMetadata { Name = "earlier", Published = PartialDate.OfDay(2025, 3, 1) }), DateTimeOffset.UnixEpoch);
        Assert.False(earlier.IsCopy);
        Assert.Equal(earlier.DocumentId, _ledger.Documents.QueryDocument(later.DocumentId!.Value)!.CopyOf);
        Assert.Null(_ledger.Documents.QueryDocument(earlier.DocumentId!.Value)!.CopyOf);
    }

    [SkippableFact]
    public async Task Reextract_NewVersion_ReplacesClaimsOfStaleDocumentsOnly()
    {
        await Ingestor("v1").IngestAsync([Write("a.txt", "7 killed."), Write("b.txt", "8 killed.")], _reader);
        var first = Ingestor("v2").Reextract();
        Assert.Equal((2, 2), (first.Counts.Reextracted, first.Counts.Claims));
        Assert.Equal(2, _ledger.Claims.CountClaims());
        Assert.Equal(0, Ingestor("v2").Reextract().Counts.Reextracted);
        Assert.Equal(2, Ingestor("v2").Reextract(all: true).Counts.Reextracted);
    }
}

public sealed class SqliteIngestorTests() : IngestorTests(() => new SqliteProvider());

public sealed class PostgresIngestorTests() : IngestorTests(() => new PostgresProvider());
