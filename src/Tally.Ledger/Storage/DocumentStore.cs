using System.Data.Common;
using System.Globalization;
using Dapper;
using Tally.Time;

namespace Tally.Ledger.Storage;

/// <summary>
/// A document as the ledger keeps it: the text the claims' offsets point into, where it came from,
/// when it was fetched, a hash of its content and the extractor version that read it.
/// <see cref="CopyOf"/> is the original this document is a syndicated copy of, or null.
/// </summary>
public sealed record StoredDocument(
    long Id,
    string ContentHash,
    string Name,
    string? Title,
    string? Outlet,
    string? Url,
    PartialDate? Published,
    DateTimeOffset FetchedAt,
    string ExtractorVersion,
    ulong SimHash,
    long? CopyOf,
    double? Similarity,
    string Text);

/// <summary>A document not yet stored: everything <see cref="StoredDocument"/> holds but its id and copy link.</summary>
public sealed record NewDocument(
    string ContentHash,
    string Name,
    string? Title,
    string? Outlet,
    string? Url,
    PartialDate? Published,
    DateTimeOffset FetchedAt,
    string ExtractorVersion,
    ulong SimHash,
    string Text);

/// <summary>A document without its text, for lists: where it came from and how many claims it gave.</summary>
public sealed record DocumentSummary(long Id, string Name, string? Title, string? Outlet, string? Url, PartialDate? Published,
    DateTimeOffset FetchedAt, long? CopyOf, int Claims);

/// <summary>Reads and writes the <c>documents</c> table. Writes take the caller's transaction.</summary>
public sealed class DocumentStore(DbConnection connection, SqlDialect dialect)
{
    private const string Columns =
        "id, content_hash, name, title, outlet, url, published, fetched_at, extractor_version, simhash, copy_of, similarity, text";

    public long InsertDocument(NewDocument d, DbTransaction tx) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (content_hash, name, title, outlet, url, published, fetched_at, extractor_version, simhash, text)
            VALUES (@ContentHash, @Name, @Title, @Outlet, @Url, @Published, @FetchedAt, @ExtractorVersion, @SimHash, @Text)
            RETURNING id
            """,
            new
            {
                d.ContentHash, d.Name, d.Title, d.Outlet, d.Url, d.Published,
                FetchedAt = d.FetchedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                d.ExtractorVersion,
                SimHash = unchecked((long)d.SimHash),
                d.Text,
            },
            tx);

    public StoredDocument? QueryDocumentByHash(string contentHash) =>
        connection.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM documents WHERE content_hash = @contentHash", new { contentHash })?.ToDocument();

    public StoredDocument? QueryDocument(long id) =>
        connection.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM documents WHERE id = @id", new { id })?.ToDocument();

    /// <summary>The documents added last, newest first, skipping <paramref name="offset"/>.</summary>
    public IReadOnlyList<DocumentSummary> QueryNewestDocuments(int limit, int offset = 0) =>
        [.. connection.Query<SummaryRow>(
            """
            SELECT d.id, d.name, d.title, d.outlet, d.url, d.published, d.fetched_at, d.copy_of,
                (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims
            FROM documents d ORDER BY d.id DESC LIMIT @limit OFFSET @offset
            """, new { limit, offset = Math.Max(offset, 0) }).Select(r => r.ToSummary())];

    /// <summary>Every document's id and SimHash, for finding near-duplicates in memory.</summary>
    public IReadOnlyList<(long Id, ulong SimHash)> QuerySimHashes() =>
        [.. connection.Query<(long, long)>("SELECT id, simhash FROM documents ORDER BY id").Select(r => (r.Item1, unchecked((ulong)r.Item2)))];

    /// <summary>Ids of documents a different extractor version read, or of all documents; oldest first.</summary>
    public IReadOnlyList<long> QueryIdsForReextraction(string currentVersion, bool all) =>
        [.. connection.Query<long>(
            "SELECT id FROM documents WHERE @all OR extractor_version <> @currentVersion ORDER BY id",
            new { currentVersion, all })];

    public void UpdateExtractorVersion(long id, string version, DbTransaction tx) =>
        connection.Execute("UPDATE documents SET extractor_version = @version WHERE id = @id", new { id, version }, tx);

    /// <summary>
    /// Marks <paramref name="copyId"/> as a copy of <paramref name="originalId"/>; documents that were
    /// copies of <paramref name="copyId"/> follow it to the new original, so a copy never points at a copy.
    /// </summary>
    public void LinkCopy(long copyId, long originalId, double similarity, DbTransaction tx)
    {
        connection.Execute("UPDATE documents SET copy_of = @originalId WHERE copy_of = @copyId", new { copyId, originalId }, tx);
        connection.Execute("UPDATE documents SET copy_of = @originalId, similarity = @similarity WHERE id = @copyId", new { copyId, originalId, similarity }, tx);
    }

    public long CountDocuments() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents");

    public long CountCopies() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE copy_of IS NOT NULL");

    /// <summary>Ids of documents whose title or text holds every word of <paramref name="query"/>.</summary>
    public IReadOnlyList<long> SearchDocuments(string query)
    {
        var terms = dialect.SearchTerms(query);
        if (terms.Length == 0) return [];
        return [.. connection.Query<long>($"SELECT d.id FROM documents d WHERE {dialect.SearchCondition("d", "@terms")} ORDER BY d.id", new { terms })];
    }

    private sealed class SummaryRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public PartialDate? Published { get; set; }
        public string FetchedAt { get; set; } = "";
        public long? CopyOf { get; set; }
        public long Claims { get; set; }

        public DocumentSummary ToSummary() => new(Id, Name, Title, Outlet, Url, Published,
            DateTimeOffset.Parse(FetchedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), CopyOf, (int)Claims);
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string ContentHash { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public PartialDate? Published { get; set; }
        public string FetchedAt { get; set; } = "";
        public string ExtractorVersion { get; set; } = "";
        public long SimHash { get; set; }
        public long? CopyOf { get; set; }
        public double? Similarity { get; set; }
        public string Text { get; set; } = "";

        public StoredDocument ToDocument() => new(
            Id, ContentHash, Name, Title, Outlet, Url, Published,
            DateTimeOffset.Parse(FetchedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            ExtractorVersion, unchecked((ulong)SimHash), CopyOf, Similarity, Text);
    }
}
