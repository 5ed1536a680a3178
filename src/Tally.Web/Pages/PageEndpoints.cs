using System.Reflection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tally.Ledger.Storage;
using Tally.Web.Analysis;
using Tally.Web.Api;

namespace Tally.Web.Pages;

public sealed record OverviewModel(long Documents, long Copies, long Claims, ConflictAnalysis Conflicts, IReadOnlyList<DocumentSummary> Newest);
public sealed record ClaimsModel(ClaimFilters Filters, ClaimOrder Order, ClaimPage Page);
public sealed record ConflictsModel(ClaimFilters Filters, ConflictAnalysis Analysis, int Offset, int Limit);
public sealed record SeriesModel(string? Measure, string? Actor, SeriesView? View, SeriesPlot? Plot);
public sealed record DocumentModel(DocumentView View, IReadOnlyList<TextSegment> Segments, string? Outcome);
public sealed record AddModel(AntiforgeryTokenSet Tokens, bool NeedsToken, string? Error = null, string? Text = null, string? Url = null);
public sealed record ErrorModel(int Status, string Message);

/// <summary>Renders a page component with its model.</summary>
public static class PageResults
{
    public static RazorComponentResult Page<TPage>(object model, int status = StatusCodes.Status200OK) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TPage>(new { Model = model }) { StatusCode = status };

    public static RazorComponentResult Error(int status, string message) => Page<ErrorPage>(new ErrorModel(status, message), status);
}

/// <summary>
/// The HTML pages: each handler parses the query as the API does, asks <see cref="LedgerQueries"/>
/// once and renders a component. Pages carry no script; links and forms do the work.
/// </summary>
public static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();

        pages.MapGet("/", (LedgerQueries queries) =>
        {
            using var ledger = queries.Open();
            return PageResults.Page<OverviewPage>(new OverviewModel(
                ledger.Documents.CountDocuments(), ledger.Documents.CountCopies(), ledger.Claims.CountClaims(),
                queries.Conflicts(ledger, new ClaimQuery()), ledger.Documents.QueryNewestDocuments(10)));
        });

        pages.MapGet("/claims", ([AsParameters] ClaimFilters filters, LedgerQueries queries,
            [FromQuery(Name = "sort")] string? sort, [FromQuery(Name = "offset")] string? offset) =>
        {
            var order = QueryParsing.Order(sort);
            using var ledger = queries.Open();
            var page = LedgerQueries.Claims(ledger, filters.ToQuery() with { Order = order }, QueryParsing.Int("offset", offset, 0, 0, int.MaxValue / 2), 100);
            return PageResults.Page<ClaimsPage>(new ClaimsModel(filters, order, page));
        });

        pages.MapGet("/conflicts", ([AsParameters] ClaimFilters filters, LedgerQueries queries, [FromQuery(Name = "offset")] string? offset) =>
        {
            using var ledger = queries.Open();
            var analysis = queries.Conflicts(ledger, filters.ToQuery());
            return PageResults.Page<ConflictsPage>(new ConflictsModel(filters, analysis, QueryParsing.Int("offset", offset, 0, 0, int.MaxValue / 2), 20));
        });

        pages.MapGet("/series", (LedgerQueries queries, [FromQuery(Name = "measure")] string? measure, [FromQuery(Name = "actor")] string? actor) =>
        {
            var m = QueryParsing.OptionalMeasure(measure);
            var a = QueryParsing.OptionalActor(actor);
            if (m is null) return PageResults.Page<SeriesPage>(new SeriesModel(measure, actor, null, null));
            using var ledger = queries.Open();
            var view = LedgerQueries.Series(ledger, m.Value, a, withCopies: false);
            return PageResults.Page<SeriesPage>(new SeriesModel(measure, actor, view, SeriesPlot.Build(view)));
        });

        pages.MapGet("/documents/{id:long}", (long id, LedgerQueries queries, [FromQuery(Name = "outcome")] string? outcome) =>
        {
            using var ledger = queries.Open();
            var view = LedgerQueries.Document(ledger, id);
            return PageResults.Page<DocumentPage>(new DocumentModel(view, DocumentText.Segments(view.Document.Text, view.Claims), outcome));
        });

        pages.MapGet("/add", (HttpContext context, IAntiforgery antiforgery, WriteAccess access) =>
            PageResults.Page<AddPage>(new AddModel(antiforgery.GetAndStoreTokens(context), access.NeedsToken)));

        pages.MapPost("/add", async Task<IResult> (HttpContext context, IAntiforgery antiforgery, WriteAccess access, LedgerQueries queries,
            [FromForm(Name = "text")] string? text, [FromForm(Name = "url")] string? url, [FromForm(Name = "token")] string? token) =>
        {
            IResult Again(int status, string error) =>
                PageResults.Page<AddPage>(new AddModel(antiforgery.GetAndStoreTokens(context), access.NeedsToken, error, text, url), status);
            if (!access.Allows(context, token)) return Again(StatusCodes.Status401Unauthorized, WebErrors.TokenRequired);
            IReadOnlyList<AddedDocumentDto> added;
            try
            {
                added = await queries.AddAsync(new AddDocumentRequest(text, url), context.RequestAborted);
            }
            catch (WebInputException e)
            {
                return Again(e.Status, e.Message);
            }
            if (added.FirstOrDefault(a => a.Id is not null) is not { } first)
                return Again(StatusCodes.Status422UnprocessableEntity, WebErrors.NothingAdded(string.Join("; ", added.Select(a => a.Error))));
            // See its claims at once: the document page lists them beside the highlighted text.
            return Results.Redirect($"/documents/{first.Id}?outcome={first.Outcome}");
        });

        pages.MapGet("/tally.css", () => Results.Stream(
            Assembly.GetExecutingAssembly().GetManifestResourceStream("tally.css")!, "text/css"));
    }
}
