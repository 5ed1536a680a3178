using System.Globalization;
using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Storage;

namespace Tally.Web.Api;

// The API's JSON shapes. Property names become snake_case (CLAIMS.md's names) through the serializer's
// naming policy; a claim carries CLAIMS.md's fields plus where it is stored.

public sealed record SubjectDto(string? Actor, string Kind, string Text, string? Qualifier);
public sealed record ValueDto(decimal Low, decimal High, string Hedge, string Text);
public sealed record TimeDto(string Text, string? Start, string? End);
public sealed record PlaceDto(string Text, string? Country);
public sealed record SourceDto(string Name, string? Role, string? Country);
public sealed record SpanDto(int Start, int End);

/// <summary>A stored claim: CLAIMS.md's fields, its id and document, its evidence sentences as text, and the last day it covers.</summary>
public sealed record ClaimDto(
    long Id, long DocumentId, string Doc, string Measure, SubjectDto Subject, ValueDto Value, string Aggregate,
    TimeDto? Time, PlaceDto? Place, IReadOnlyList<SourceDto> AccordingTo, string Modality,
    IReadOnlyList<SpanDto> Evidence, string EvidenceText, string? Day, string? Outlet, string? Published)
{
    public static ClaimDto From(StoredClaim s)
    {
        var c = s.Claim;
        return new ClaimDto(
            s.Id, s.DocumentId, s.DocumentName, c.Measure.Name(),
            new SubjectDto(c.Subject.Actor, c.Subject.Kind, c.Subject.Text, c.Subject.Qualifier),
            new ValueDto(c.Figure.Value.Low, c.Figure.Value.High, c.Figure.Hedge.Name(), c.Figure.Text),
            c.Aggregate.Name(),
            c.Time is null ? null : new TimeDto(c.Time.Text, c.Time.Start?.ToString(), c.Time.End?.ToString()),
            c.Place is null ? null : new PlaceDto(c.Place.Text, c.Place.Country),
            [.. c.AccordingTo.Select(a => new SourceDto(a.Name, a.Role, a.Country))],
            c.Modality.Name(),
            [.. c.Evidence.Select(e => new SpanDto(e.Start, e.End))],
            s.EvidenceText, Iso(s.DayTo), s.Outlet, s.Published?.ToString());
    }

    internal static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One page of a list; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? NextOffset);

/// <summary>
/// Figures whose sources disagree (CLAIMS.md's conflict rule). <see cref="ClaimCount"/> counts every
/// member; <see cref="Claims"/> shows at most a dozen, spread from the lowest figure to the highest.
/// </summary>
public sealed record ConflictDto(string Measure, string? Actor, string Kind, string? Qualifier, string Aggregate, int ClaimCount, IReadOnlyList<ClaimDto> Claims);

/// <summary>
/// A page of conflicts among the newest <see cref="Considered"/> claims matching the filters; when that
/// reached <see cref="Window"/>, older claims were not compared: narrow the filters to reach them.
/// </summary>
public sealed record ConflictsDto(IReadOnlyList<ConflictDto> Items, int Offset, int Limit, int? NextOffset, int Considered, int Window);

public sealed record SeriesPointDto(string Day, decimal Low, decimal High, string Hedge, decimal AllowedLow, decimal? AllowedHigh, ClaimDto Claim);
public sealed record SeriesLineDto(string Source, string? Country, IReadOnlyList<SeriesPointDto> Points);

/// <summary>A measure's figures over time, one line per first source; undated claims and increments are counted, not drawn.</summary>
public sealed record SeriesDto(string Measure, string? Actor, IReadOnlyList<SeriesLineDto> Lines, int Undated, int Increments);

public sealed record SourceSummaryDto(string Name, string? Country, int Claims, int AsOrigin, int Documents, IReadOnlyDictionary<string, int> Measures)
{
    public static SourceSummaryDto From(SourceSummary s) =>
        new(s.Name, s.Country, s.Claims, s.AsOrigin, s.Documents, s.Measures.ToDictionary(m => m.Key.Name(), m => m.Value));
}

public sealed record DocumentSummaryDto(long Id, string Name, string? Title, string? Outlet, string? Url, string? Published, DateTimeOffset FetchedAt, long? CopyOf, int Claims)
{
    public static DocumentSummaryDto From(DocumentSummary d) =>
        new(d.Id, d.Name, d.Title, d.Outlet, d.Url, d.Published?.ToString(), d.FetchedAt, d.CopyOf, d.Claims);
}

/// <summary>A document's text and its claims; each claim's evidence offsets point into <see cref="Text"/>.</summary>
public sealed record DocumentDto(long Id, string Name, string? Title, string? Outlet, string? Url, string? Published, DateTimeOffset FetchedAt,
    long? CopyOf, double? Similarity, string Text, IReadOnlyList<ClaimDto> Claims);

/// <summary>
/// An article to add: its <see cref="Text"/> (plain text, Markdown or HTML; <see cref="Format"/> text,
/// markdown, html or auto) or its <see cref="Url"/> (a page or a feed), not both. <see cref="Published"/>
/// is YYYY, YYYY-MM or YYYY-MM-DD; it and <see cref="Outlet"/> override what the text says.
/// </summary>
public sealed record AddDocumentRequest(string? Text = null, string? Url = null, string? Name = null, string? Outlet = null, string? Published = null, string? Format = null);

/// <summary>What became of one article: added, unchanged (already in the ledger) or failed with its reason.</summary>
public sealed record AddedDocumentDto(string Input, string Outcome, long? Id, int Claims, bool Copy, string? Error);

public sealed record AddDocumentResponse(IReadOnlyList<AddedDocumentDto> Documents);

internal static class SeriesMapping
{
    public static SeriesDto ToDto(this SeriesResult series, Func<Claim, StoredClaim> stored) => new(
        series.Measure.Name(), series.Actor,
        [.. series.Lines.Select(l => new SeriesLineDto(l.Source, l.Country, [.. l.Points.Select(p => new SeriesPointDto(
            ClaimDto.Iso(p.Day)!, p.Low, p.High, p.Hedge.Name(), p.Allowed.Low, p.Allowed.High, ClaimDto.From(stored(p.Claim))))]))],
        series.Undated, series.Increments);
}
