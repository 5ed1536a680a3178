using Microsoft.AspNetCore.Mvc;
using Tally.Claims;
using Tally.Web.Analysis;

namespace Tally.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>, described at <c>/openapi/v1.json</c>. Each handler parses its
/// parameters, makes one call on <see cref="LedgerQueries"/> and maps the answer to its DTO; bad input
/// is a <see cref="WebInputException"/>, which becomes problem details.
/// </summary>
public static class ApiEndpoints
{
    public const int MaxClaimsPerConflict = 12;

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("ledger")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        api.MapGet("/claims", ([AsParameters] ClaimFilters filters, LedgerQueries queries,
            [FromQuery(Name = "sort")] string? sort, [FromQuery(Name = "offset")] string? offset, [FromQuery(Name = "limit")] string? limit) =>
        {
            var query = filters.ToQuery() with { Order = QueryParsing.Order(sort) };
            var (o, l) = Paging(offset, limit, 50);
            using var ledger = queries.Open();
            var page = LedgerQueries.Claims(ledger, query, o, l);
            return new PageDto<ClaimDto>([.. page.Items.Select(ClaimDto.From)], page.Offset, page.Limit, page.NextOffset);
        })
        .WithSummary("Claims matching the filters of `tally claims`, one page at a time (sort: newest, oldest, largest, smallest).");

        api.MapGet("/conflicts", ([AsParameters] ClaimFilters filters, LedgerQueries queries,
            [FromQuery(Name = "offset")] string? offset, [FromQuery(Name = "limit")] string? limit) =>
        {
            var (o, l) = Paging(offset, limit, 20);
            using var ledger = queries.Open();
            var analysis = queries.Conflicts(ledger, filters.ToQuery());
            var items = analysis.Groups.Skip(o).Take(l).Select(ToDto).ToList();
            int? next = o + l < analysis.Groups.Count ? o + l : null;
            return new ConflictsDto(items, o, l, next, analysis.Considered, analysis.Window);
        })
        .WithSummary("Figures whose sources disagree, largest spread first, among the newest claims matching the filters.");

        api.MapGet("/series", (LedgerQueries queries, [FromQuery(Name = "measure")] string? measure, [FromQuery(Name = "actor")] string? actor,
            [FromQuery(Name = "with_copies")] string? withCopies) =>
        {
            var m = QueryParsing.OptionalMeasure(measure) ?? throw WebInputException.BadRequest(WebErrors.BadParameter("measure", measure ?? "", "a measure (required)"));
            using var ledger = queries.Open();
            var view = LedgerQueries.Series(ledger, m, QueryParsing.OptionalActor(actor), QueryParsing.Flag("with_copies", withCopies));
            return view.Series.ToDto(c => view.Stored[c]);
        })
        .WithSummary("One measure's figures over time, one line per first source, with the interval each hedge allows.");

        api.MapGet("/sources", ([AsParameters] ClaimFilters filters, LedgerQueries queries) =>
        {
            using var ledger = queries.Open();
            return ledger.Claims.QuerySourceSummaries(filters.ToQuery()).Select(SourceSummaryDto.From).ToList();
        })
        .WithSummary("Who the matching claims are attributed to, most cited first.");

        api.MapGet("/documents", (LedgerQueries queries, [FromQuery(Name = "offset")] string? offset, [FromQuery(Name = "limit")] string? limit) =>
        {
            var (o, l) = Paging(offset, limit, 20);
            using var ledger = queries.Open();
            var rows = ledger.Documents.QueryNewestDocuments(l + 1, o);
            return new PageDto<DocumentSummaryDto>([.. rows.Take(l).Select(DocumentSummaryDto.From)], o, l, rows.Count > l ? o + l : null);
        })
        .WithSummary("The documents added last, newest first.");

        api.MapGet("/documents/{id:long}", (long id, LedgerQueries queries) =>
        {
            using var ledger = queries.Open();
            var view = LedgerQueries.Document(ledger, id);
            var d = view.Document;
            return new DocumentDto(d.Id, d.Name, d.Title, d.Outlet, d.Url, d.Published?.ToString(), d.FetchedAt, d.CopyOf, d.Similarity, d.Text,
                [.. view.Claims.Select(ClaimDto.From)]);
        })
        .WithSummary("A document's text and its claims; evidence offsets are UTF-16 code units into the text.")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/documents", async Task<IResult> (AddDocumentRequest request, LedgerQueries queries, CancellationToken ct) =>
        {
            var added = await queries.AddAsync(request, ct);
            if (added.All(a => a.Outcome == "failed"))
                throw new WebInputException(StatusCodes.Status422UnprocessableEntity, WebErrors.NothingAdded(string.Join("; ", added.Select(a => a.Error))));
            var first = added.First(a => a.Id is not null);
            var body = new AddDocumentResponse(added);
            return added.Any(a => a.Outcome == "added") ? TypedResults.Created($"/api/documents/{first.Id}", body) : TypedResults.Ok(body);
        })
        .WithSummary("Adds an article, from its text or its URL, and extracts its claims. Needs the server's token when it has one.")
        .Accepts<AddDocumentRequest>("application/json")
        .Produces<AddDocumentResponse>(StatusCodes.Status201Created)
        .Produces<AddDocumentResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .AddEndpointFilter<WriteTokenFilter>();
    }

    internal static ConflictDto ToDto(ConflictView v)
    {
        var g = v.Group;
        return new ConflictDto(g.Measure.Name(), g.Actor, g.Kind, g.Qualifier, g.Aggregate.Name(), v.Claims.Length,
            [.. v.Sample(MaxClaimsPerConflict).Select(ClaimDto.From)]);
    }

    private static (int Offset, int Limit) Paging(string? offset, string? limit, int defaultLimit) =>
        (QueryParsing.Int("offset", offset, 0, 0, int.MaxValue / 2), QueryParsing.Int("limit", limit, defaultLimit, 1, QueryParsing.MaxPageSize));
}
