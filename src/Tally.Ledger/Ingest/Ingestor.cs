using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Storage;
using Tally.Pipeline;
using Tally.Reading;

namespace Tally.Ledger.Ingest;

/// <summary>What became of one input item.</summary>
public enum IngestOutcome
{
    Added,
    /// <summary>The same content is already in the ledger; nothing changed.</summary>
    Unchanged,
    /// <summary>The content was in the ledger; its claims were extracted again (<c>--force</c>, <c>reextract</c>).</summary>
    Reextracted,
    Failed,
}

/// <summary>Counts so far, reported after every item so long ingests can show progress.</summary>
public sealed record IngestProgress(int Items, int Added, int Unchanged, int Reextracted, int Failed, int Claims, int Copies);

/// <summary>The end of an ingest: the counts, and every input that failed with its reason.</summary>
public sealed record IngestSummary(IngestProgress Counts, IReadOnlyList<(string Input, string Reason)> Failures);

/// <summary>
/// Puts articles into the ledger: reads each input, extracts its claims, links syndicated copies to
/// their original, and writes each document with its claims in one transaction, so a failure leaves
/// no half-stored document. One bad input is recorded and skipped; the rest go in.
/// Not thread-safe: one ingestor per ledger.
/// </summary>
public sealed class Ingestor
{
    private readonly LedgerDatabase _ledger;
    private readonly Func<Article, TallyDocument> _extract;
    private NearDuplicates? _duplicates;

    /// <param name="ledger">Where documents and claims go.</param>
    /// <param name="extract">Reads an article's claims; defaults to <see cref="TallyPipeline.Default"/>.</param>
    /// <param name="extractorVersion">Recorded with each document so <c>reextract</c> knows what is stale; defaults to <see cref="CurrentExtractorVersion"/>.</param>
    public Ingestor(LedgerDatabase ledger, Func<Article, TallyDocument>? extract = null, string? extractorVersion = null)
    {
        _ledger = ledger;
        _extract = extract ?? (a => TallyPipeline.Default.Process(a.Text, a.Metadata));
        ExtractorVersion = extractorVersion ?? CurrentExtractorVersion;
    }

    public string ExtractorVersion { get; }

    /// <summary>The engine's informational version (with its commit where the build records one).</summary>
    public static string CurrentExtractorVersion { get; } =
        typeof(TallyPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(TallyPipeline).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>
    /// Ingests every item the inputs yield. With <paramref name="force"/>, content already stored is
    /// extracted again. <paramref name="progress"/> hears the counts after each item.
    /// </summary>
    public async Task<IngestSummary> IngestAsync(IEnumerable<string> inputs, InputReader reader, bool force = false,
        Action<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var tally = new Counter();
        foreach (var input in inputs)
            await foreach (var item in reader.ReadAsync(input, ct))
            {
                ct.ThrowIfCancellationRequested();
                if (item.Result.Success) tally.Count(IngestArticle(item.Result.Article, item.FetchedAt, force), item.Origin);
                else tally.Fail(item.Origin, item.Result.Error);
                progress?.Invoke(tally.Snapshot());
            }
        return new IngestSummary(tally.Snapshot(), tally.Failures);
    }

    /// <summary>The result of storing one article: its outcome, its document id, claims stored, whether it is a copy, and the reason when it failed.</summary>
    public sealed record Result(IngestOutcome Outcome, long? DocumentId, int Claims, bool IsCopy, string? Error);

    public Result IngestArticle(Article article, DateTimeOffset fetchedAt, bool force = false)
    {
        var hash = ContentHash(article.Text);
        var existing = _ledger.Documents.QueryDocumentByHash(hash);
        if (existing is not null && !force) return new Result(IngestOutcome.Unchanged, existing.Id, 0, existing.CopyOf is not null, null);
        var metadata = article.Metadata;
        if (!TryExtract(article, out var claims, out var error)) return new Result(IngestOutcome.Failed, null, 0, false, error);
        try
        {
            using var tx = _ledger.BeginTransaction();
            if (existing is not null)
            {
                Replace(existing.Id, claims, article.Text, metadata, tx);
                tx.Commit();
                return new Result(IngestOutcome.Reextracted, existing.Id, claims.Count, existing.CopyOf is not null, null);
            }
            var shingles = NearDuplicates.Shingles(article.Text);
            var simHash = NearDuplicates.SimHash(shingles);
            long id = _ledger.Documents.InsertDocument(new NewDocument(hash, metadata.Name, metadata.Title, metadata.Outlet, metadata.Url,
                metadata.Published, fetchedAt, ExtractorVersion, simHash, article.Text), tx);
            bool isCopy = LinkIfCopy(id, metadata, shingles, simHash, tx);
            _ledger.Claims.InsertClaims(id, claims, article.Text, metadata.Published, tx);
            tx.Commit();
            Duplicates.Add(id, simHash);
            return new Result(IngestOutcome.Added, id, claims.Count, isCopy, null);
        }
        catch (DbException e)
        {
            return new Result(IngestOutcome.Failed, null, 0, false, LedgerErrors.StoreFailed(metadata.Name, e.Message));
        }
    }

    /// <summary>
    /// Runs the extractor again over stored documents: those a different extractor version read, or all
    /// of them. Each document's old claims are replaced in one transaction.
    /// </summary>
    public IngestSummary Reextract(bool all = false, Action<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var tally = new Counter();
        foreach (var id in _ledger.Documents.QueryIdsForReextraction(ExtractorVersion, all))
        {
            ct.ThrowIfCancellationRequested();
            var doc = _ledger.Documents.QueryDocument(id)!;
            var metadata = new DocumentMetadata { Name = doc.Name, Title = doc.Title, Outlet = doc.Outlet, Url = doc.Url, Published = doc.Published };
            if (!TryExtract(new Article(doc.Text, metadata), out var claims, out var error)) tally.Fail(doc.Name, error);
            else
            {
                try
                {
                    using var tx = _ledger.BeginTransaction();
                    Replace(id, claims, doc.Text, metadata, tx);
                    tx.Commit();
                    tally.Count(new Result(IngestOutcome.Reextracted, id, claims.Count, doc.CopyOf is not null, null), doc.Name);
                }
                catch (DbException e)
                {
                    tally.Fail(doc.Name, LedgerErrors.StoreFailed(doc.Name, e.Message));
                }
            }
            progress?.Invoke(tally.Snapshot());
        }
        return new IngestSummary(tally.Snapshot(), tally.Failures);
    }

    /// <summary>SHA-256 of the text with line endings unified and outer space trimmed, in lower-case hex.</summary>
    public static string ContentHash(string text)
    {
        var canonical = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private NearDuplicates Duplicates => _duplicates ??= new NearDuplicates(_ledger.Documents.QuerySimHashes());

    private void Replace(long id, IReadOnlyList<Claim> claims, string text, DocumentMetadata metadata, DbTransaction tx)
    {
        _ledger.Claims.DeleteClaims(id, tx);
        _ledger.Claims.InsertClaims(id, claims, text, metadata.Published, tx);
        _ledger.Documents.UpdateExtractorVersion(id, ExtractorVersion, tx);
    }

    /// <summary>
    /// Links a new document to the stored article it copies, if any. The original is the one published
    /// first (the first stored on a tie or when dates are unknown), so a copy that turns out older
    /// takes the original's place and the group follows it.
    /// </summary>
    private bool LinkIfCopy(long id, DocumentMetadata metadata, HashSet<ulong> shingles, ulong simHash, DbTransaction tx)
    {
        foreach (var candidateId in Duplicates.Candidates(simHash))
        {
            // The index may have been loaded inside this transaction, and so hold the new document itself.
            if (candidateId == id) continue;
            var candidate = _ledger.Documents.QueryDocument(candidateId);
            if (candidate is null) continue;
            double similarity = NearDuplicates.Jaccard(shingles, NearDuplicates.Shingles(candidate.Text));
            if (similarity < NearDuplicates.MinJaccard) continue;
            var original = candidate.CopyOf is { } o ? _ledger.Documents.QueryDocument(o) ?? candidate : candidate;
            bool newIsOlder = metadata.Published is { } mine && original.Published is { } theirs && mine.FirstDay < theirs.FirstDay;
            if (newIsOlder)
            {
                _ledger.Documents.LinkCopy(original.Id, id, similarity, tx);
                return false;
            }
            _ledger.Documents.LinkCopy(id, original.Id, similarity, tx);
            return true;
        }
        return false;
    }

    private bool TryExtract(Article article, out IReadOnlyList<Claim> claims, out string error)
    {
        try
        {
            var doc = _extract(article);
            // The extractor may not assign claims yet (an engine without its claim stage): store the document without any.
            claims = doc.Has(Layer.Claims) ? doc.Claims : [];
            error = "";
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            claims = [];
            error = LedgerErrors.ExtractionFailed(article.Metadata.Name, $"{e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Running counts for one ingest or re-extraction.</summary>
    private sealed class Counter
    {
        private int _items, _added, _unchanged, _reextracted, _failed, _claims, _copies;

        public List<(string Input, string Reason)> Failures { get; } = [];

        public void Count(Result r, string origin)
        {
            if (r.Outcome == IngestOutcome.Failed)
            {
                Fail(origin, r.Error ?? "unknown");
                return;
            }
            _items++;
            switch (r.Outcome)
            {
                case IngestOutcome.Added: _added++; break;
                case IngestOutcome.Unchanged: _unchanged++; break;
                case IngestOutcome.Reextracted: _reextracted++; break;
            }
            _claims += r.Claims;
            if (r.IsCopy && r.Outcome == IngestOutcome.Added) _copies++;
        }

        public void Fail(string origin, string reason)
        {
            _items++;
            _failed++;
            Failures.Add((origin, reason));
        }

        public IngestProgress Snapshot() => new(_items, _added, _unchanged, _reextracted, _failed, _claims, _copies);
    }
}
