using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Ingest;
using Tally.Ledger.Storage;
using Tally.Reading;
using Tally.Web.Api;

namespace Tally.Web.Analysis;

/// <summary>A page of stored claims; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record ClaimPage(IReadOnlyList<StoredClaim> Items, int Offset, int Limit, int? NextOffset);

/// <summary>A series with each plotted claim's stored context (document, sentence).</summary>
public sealed record SeriesView(SeriesResult Series, IReadOnlyDictionary<Claim, StoredClaim> Stored);

/// <summary>A document and its claims, in text order.</summary>
public sealed record DocumentView(StoredDocument Document, IReadOnlyList<StoredClaim> Claims);

/// <summary>
/// The questions the API and the pages ask of the ledger, each one call: the endpoints parse the
/// request, call one of these and render. One instance serves every request (it holds no ledger).
/// </summary>
public sealed class LedgerQueries(LedgerAccess access, ConflictCache conflicts, HttpClient http, TimeProvider clock)
{
    public LedgerDatabase Open() => access.Open();

    /// <summary>One page of claims: asks for one row more than the page to learn whether another follows.</summary>
    public static ClaimPage Claims(LedgerDatabase ledger, ClaimQuery query, int offset, int limit)
    {
        var rows = ledger.Claims.QueryClaims(query with { Limit = limit + 1, Offset = offset }).ToList();
        bool more = rows.Count > limit;
        return new ClaimPage(more ? rows[..limit] : rows, offset, limit, more ? offset + limit : null);
    }

    public ConflictAnalysis Conflicts(LedgerDatabase ledger, ClaimQuery filters) => conflicts.Get(ledger, filters);

    public static SeriesView Series(LedgerDatabase ledger, Measure measure, string? actor, bool withCopies)
    {
        var stored = ledger.Claims.QueryClaims(new ClaimQuery { Measure = measure, Actor = actor, IncludeCopies = withCopies }).ToList();
        var context = new Dictionary<Claim, StoredClaim>(ReferenceEqualityComparer.Instance);
        foreach (var s in stored) context[s.Claim] = s;
        var series = Tally.Ledger.Analysis.Series.BuildSeries(stored.Select(s => new DatedClaim(s.Claim, s.DayTo)), measure, actor);
        return new SeriesView(series, context);
    }

    public static DocumentView Document(LedgerDatabase ledger, long id)
    {
        var document = ledger.Documents.QueryDocument(id)
            ?? throw new WebInputException(StatusCodes.Status404NotFound, WebErrors.NoSuchDocument(id));
        var claims = ledger.Claims.QueryClaims(new ClaimQuery { DocumentId = id, IncludeCopies = true })
            .OrderBy(c => c.Claim.Evidence.IsDefaultOrEmpty ? int.MaxValue : c.Claim.Evidence[0].Start).ThenBy(c => c.Id).ToList();
        return new DocumentView(document, claims);
    }

    /// <summary>Reads the article (pasted text, or a page or feed fetched from its URL) and stores it with its claims.</summary>
    public async Task<IReadOnlyList<AddedDocumentDto>> AddAsync(AddDocumentRequest request, CancellationToken ct)
    {
        bool hasText = !string.IsNullOrWhiteSpace(request.Text), hasUrl = !string.IsNullOrWhiteSpace(request.Url);
        if (hasText == hasUrl) throw WebInputException.BadRequest(WebErrors.TextOrUrl);
        var options = new ReadOptions(
            string.IsNullOrWhiteSpace(request.Outlet) ? null : request.Outlet.Trim(),
            QueryParsing.OptionalDate("published", request.Published),
            ParseFormat(request.Format));
        using var ledger = access.Open();
        var ingestor = new Ingestor(ledger);
        var added = new List<AddedDocumentDto>();
        if (hasText)
        {
            var name = string.IsNullOrWhiteSpace(request.Name) ? "pasted" : request.Name.Trim();
            added.Add(Store(ingestor, name, ArticleReader.FromString(request.Text!, name, options), clock.GetUtcNow()));
            return added;
        }
        var url = request.Url!.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw WebInputException.BadRequest(WebErrors.BadUrl(url));
        await foreach (var item in new InputReader(http, clock, options).ReadAsync(url, ct))
            added.Add(Store(ingestor, item.Origin, item.Result, item.FetchedAt));
        return added;
    }

    private static AddedDocumentDto Store(Ingestor ingestor, string input, ReadResult read, DateTimeOffset fetchedAt)
    {
        if (!read.Success) return new AddedDocumentDto(input, "failed", null, 0, false, read.Error);
        var r = ingestor.IngestArticle(read.Article, fetchedAt);
        return new AddedDocumentDto(input, r.Outcome.ToString().ToLowerInvariant(), r.DocumentId, r.Claims, r.IsCopy, r.Error);
    }

    private static ArticleFormat ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => ArticleFormat.Auto,
        "text" => ArticleFormat.Text,
        "markdown" => ArticleFormat.Markdown,
        "html" => ArticleFormat.Html,
        _ => throw WebInputException.BadRequest(WebErrors.BadParameter("format", text, "text, markdown, html or auto")),
    };
}
