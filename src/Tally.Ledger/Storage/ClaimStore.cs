using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Time;

namespace Tally.Ledger.Storage;

/// <summary>
/// A claim as the ledger keeps it: the extractor's <see cref="Claim"/>, the document it came from,
/// its evidence sentences as text, and the days it covers (<see cref="DayFrom"/>..<see cref="DayTo"/>:
/// the claim's own time, else its document's publication date; null when neither is known).
/// </summary>
public sealed record StoredClaim(
    long Id,
    long DocumentId,
    string DocumentName,
    string? Outlet,
    string? Url,
    PartialDate? Published,
    long? CopyOf,
    DateOnly? DayFrom,
    DateOnly? DayTo,
    string EvidenceText,
    Claim Claim);

/// <summary>
/// What <see cref="ClaimStore.QueryClaims"/> selects; null fields do not filter. <see cref="Source"/>
/// matches any link of the chain by name (case-insensitive substring) or, given two capital letters,
/// by country; <see cref="Place"/> likewise matches the place's name or country.
/// <see cref="Kind"/> "equipment" also matches "equipment:tank". Copies of syndicated articles are
/// left out unless <see cref="IncludeCopies"/>. <see cref="Limit"/> 0 means no limit; <see cref="Offset"/>
/// skips that many rows and applies only with a limit (paging).
/// </summary>
public sealed record ClaimQuery
{
    public long? DocumentId { get; init; }
    public Measure? Measure { get; init; }
    public string? Actor { get; init; }
    public string? Kind { get; init; }
    public string? Source { get; init; }
    public string? Place { get; init; }
    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }
    public string? Search { get; init; }
    public bool IncludeCopies { get; init; }
    public int Limit { get; init; }
    public int Offset { get; init; }
    public ClaimOrder Order { get; init; }
}

/// <summary>How <see cref="ClaimStore.QueryClaims"/> orders its rows; every order ends on the id, so pages are stable.</summary>
public enum ClaimOrder
{
    /// <summary>By the last day a claim covers, newest first, undated last.</summary>
    Newest,
    /// <summary>By the first day a claim covers, oldest first, undated last.</summary>
    Oldest,
    /// <summary>By the high end of the figure, largest first.</summary>
    Largest,
    /// <summary>By the low end of the figure, smallest first.</summary>
    Smallest,
}

/// <summary>
/// One cited source and how it is cited: claims where it made the figure (<see cref="AsOrigin"/>) or
/// relayed it, in how many documents, for which measures.
/// </summary>
public sealed record SourceSummary(string Name, string? Country, int Claims, int AsOrigin, int Documents, IReadOnlyDictionary<Measure, int> Measures);

/// <summary>Reads and writes claims and their source chains. Writes take the caller's transaction.</summary>
public sealed class ClaimStore(DbConnection connection, SqlDialect dialect)
{
    private const string InsertClaimSql =
        """
        INSERT INTO claims (document_id, ordinal, measure, actor, kind, subject_text, qualifier, low, high, hedge, value_text,
            aggregate, time_text, time_start, time_end, day_from, day_to, place_text, place_country, modality,
            source, source_country, according_to, evidence, evidence_text, anchor_start, anchor_end)
        VALUES (@DocumentId, @Ordinal, @Measure, @Actor, @Kind, @SubjectText, @Qualifier, @Low, @High, @Hedge, @ValueText,
            @Aggregate, @TimeText, @TimeStart, @TimeEnd, @DayFrom, @DayTo, @PlaceText, @PlaceCountry, @Modality,
            @Source, @SourceCountry, @AccordingTo, @Evidence, @EvidenceText, @AnchorStart, @AnchorEnd)
        RETURNING id
        """;

    private const string InsertSourceSql =
        "INSERT INTO claim_sources (claim_id, position, name, role, country) VALUES (@ClaimId, @Position, @Name, @Role, @Country)";

    private const string SelectClaims =
        """
        SELECT c.id, c.document_id, d.name AS document_name, d.outlet, d.url, d.published, d.copy_of,
            c.measure, c.actor, c.kind, c.subject_text, c.qualifier, c.low, c.high, c.hedge, c.value_text, c.aggregate,
            c.time_text, c.time_start, c.time_end, c.day_from, c.day_to, c.place_text, c.place_country, c.modality,
            c.according_to, c.evidence, c.evidence_text, c.anchor_start, c.anchor_end
        FROM claims c JOIN documents d ON d.id = c.document_id
        """;

    /// <summary>
    /// Stores a document's claims in order. <paramref name="text"/> is the document's text (evidence
    /// is kept as sentences too, so answers need not load documents); <paramref name="published"/>
    /// dates claims that carry no time of their own.
    /// </summary>
    public void InsertClaims(long documentId, IReadOnlyList<Claim> claims, string text, PartialDate? published, DbTransaction tx)
    {
        for (int i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var (from, to) = Days(c.Time, published);
            var first = c.AccordingTo.IsDefaultOrEmpty ? null : c.AccordingTo[0];
            long claimId = connection.ExecuteScalar<long>(InsertClaimSql, new
            {
                DocumentId = documentId,
                Ordinal = i,
                Measure = c.Measure.Name(),
                c.Subject.Actor,
                c.Subject.Kind,
                SubjectText = c.Subject.Text,
                c.Subject.Qualifier,
                Low = (double)c.Figure.Value.Low,
                High = (double)c.Figure.Value.High,
                Hedge = c.Figure.Hedge.Name(),
                ValueText = c.Figure.Text,
                Aggregate = c.Aggregate.Name(),
                TimeText = c.Time?.Text,
                TimeStart = c.Time?.Start,
                TimeEnd = c.Time?.End,
                DayFrom = IsoDay(from),
                DayTo = IsoDay(to),
                PlaceText = c.Place?.Text,
                PlaceCountry = c.Place?.Country,
                Modality = c.Modality.Name(),
                Source = first?.Name ?? "",
                SourceCountry = first?.Country,
                AccordingTo = c.AccordingTo.IsDefault ? [] : c.AccordingTo,
                Evidence = c.Evidence.IsDefault ? [] : c.Evidence,
                EvidenceText = EvidenceText(c, text),
                AnchorStart = c.Anchor.Start,
                AnchorEnd = c.Anchor.End,
            }, tx);
            if (c.AccordingTo.IsDefaultOrEmpty) continue;
            connection.Execute(InsertSourceSql,
                c.AccordingTo.Select((s, position) => new { ClaimId = claimId, Position = position, s.Name, s.Role, s.Country }), tx);
        }
    }

    /// <summary>Removes a document's claims (their source links go with them), before it is read again.</summary>
    public void DeleteClaims(long documentId, DbTransaction tx) =>
        connection.Execute("DELETE FROM claims WHERE document_id = @documentId", new { documentId }, tx);

    public long CountClaims() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM claims");

    /// <summary>
    /// Claims matching <paramref name="query"/> in its <see cref="ClaimQuery.Order"/>: by default newest first
    /// (by <see cref="StoredClaim.DayTo"/>, undated last).
    /// With <paramref name="buffered"/> false the rows stream as they are read (exports), and the ledger
    /// must not be used for anything else until the enumeration ends.
    /// </summary>
    public IEnumerable<StoredClaim> QueryClaims(ClaimQuery query, bool buffered = true)
    {
        var (where, parameters) = Where(query);
        var sql = new StringBuilder(SelectClaims).Append(where).Append(query.Order switch
        {
            ClaimOrder.Oldest => " ORDER BY c.day_from ASC NULLS LAST, c.id ASC",
            ClaimOrder.Largest => " ORDER BY c.high DESC, c.id DESC",
            ClaimOrder.Smallest => " ORDER BY c.low ASC, c.id ASC",
            _ => " ORDER BY c.day_to DESC NULLS LAST, c.id DESC",
        });
        if (query.Limit > 0)
        {
            sql.Append(" LIMIT @Limit OFFSET @Offset");
            parameters.Add("Limit", query.Limit);
            parameters.Add("Offset", Math.Max(query.Offset, 0));
        }
        return connection.Query<ClaimRow>(sql.ToString(), parameters, buffered: buffered).Select(r => r.ToStoredClaim());
    }

    /// <summary>Who is cited in the claims <paramref name="query"/> selects, most cited first. Outlets count only where they are the sole source.</summary>
    public IReadOnlyList<SourceSummary> QuerySourceSummaries(ClaimQuery query)
    {
        var (where, parameters) = Where(query);
        const string from = " FROM claim_sources s JOIN claims c ON c.id = s.claim_id JOIN documents d ON d.id = c.document_id";
        const string notRelayingOutlet = " AND (s.role IS NULL OR s.role <> 'outlet' OR s.position = 0)";
        var byMeasure = connection.Query<(string Name, string? Country, string Measure, long Claims, long AsOrigin)>(
            "SELECT s.name, s.country, c.measure, COUNT(*), SUM(CASE WHEN s.position = 0 THEN 1 ELSE 0 END)" + from + where + notRelayingOutlet +
            " GROUP BY s.name, s.country, c.measure", parameters);
        var documents = connection.Query<(string Name, string? Country, long Documents)>(
            "SELECT s.name, s.country, COUNT(DISTINCT c.document_id)" + from + where + notRelayingOutlet +
            " GROUP BY s.name, s.country", parameters)
            .ToDictionary(r => (r.Name, r.Country), r => (int)r.Documents);
        return [.. byMeasure
            .GroupBy(r => (r.Name, r.Country))
            .Select(g => new SourceSummary(
                g.Key.Name, g.Key.Country,
                (int)g.Sum(r => r.Claims), (int)g.Sum(r => r.AsOrigin), documents.GetValueOrDefault(g.Key),
                g.Where(r => ClaimNames.TryParseMeasure(r.Measure, out _))
                    .ToDictionary(r => { ClaimNames.TryParseMeasure(r.Measure, out var m); return m; }, r => (int)r.Claims)))
            .OrderByDescending(s => s.Claims).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>The WHERE clause for a query, built from fixed fragments; every value goes in as a parameter.</summary>
    private (string Sql, DynamicParameters Parameters) Where(ClaimQuery q)
    {
        var conditions = new List<string>();
        var p = new DynamicParameters();
        if (!q.IncludeCopies) conditions.Add("d.copy_of IS NULL");
        if (q.DocumentId is { } documentId)
        {
            conditions.Add("c.document_id = @DocumentId");
            p.Add("DocumentId", documentId);
        }
        if (q.Measure is { } measure)
        {
            conditions.Add("c.measure = @Measure");
            p.Add("Measure", measure.Name());
        }
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            conditions.Add("c.actor = @Actor");
            p.Add("Actor", q.Actor.Trim().ToUpperInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Kind))
        {
            conditions.Add("(c.kind = @Kind OR c.kind LIKE @KindPrefix)");
            p.Add("Kind", q.Kind.Trim());
            p.Add("KindPrefix", Like(q.Kind.Trim()) + ":%");
        }
        if (!string.IsNullOrWhiteSpace(q.Source))
        {
            if (CountryCode(q.Source) is { } country)
            {
                conditions.Add("EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND cs.country = @SourceCountry)");
                p.Add("SourceCountry", country);
            }
            else
            {
                conditions.Add("EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND lower(cs.name) LIKE @SourceLike ESCAPE '\\')");
                p.Add("SourceLike", "%" + Like(q.Source.Trim().ToLowerInvariant()) + "%");
            }
        }
        if (!string.IsNullOrWhiteSpace(q.Place))
        {
            if (CountryCode(q.Place) is { } country)
            {
                conditions.Add("c.place_country = @PlaceCountry");
                p.Add("PlaceCountry", country);
            }
            else
            {
                conditions.Add("lower(c.place_text) LIKE @PlaceLike ESCAPE '\\'");
                p.Add("PlaceLike", "%" + Like(q.Place.Trim().ToLowerInvariant()) + "%");
            }
        }
        if (q.Since is { } since)
        {
            conditions.Add("c.day_to >= @Since");
            p.Add("Since", IsoDay(since.FirstDay));
        }
        if (q.Until is { } until)
        {
            conditions.Add("c.day_from <= @Until");
            p.Add("Until", IsoDay(until.LastDay));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            // A query with no words at all matches nothing rather than everything.
            var terms = dialect.SearchTerms(q.Search);
            conditions.Add(terms.Length == 0 ? "1 = 0" : dialect.SearchCondition("d", "@Search"));
            p.Add("Search", terms);
        }
        return (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions), p);
    }

    /// <summary>Two capital letters are a country code ("KR"); anything else, "Yu" included, is part of a name.</summary>
    private static string? CountryCode(string s) => s.Trim() is { Length: 2 } code && code.All(char.IsAsciiLetterUpper) ? code : null;

    private static string Like(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The days a claim covers: its own time where the text gave one, else the day it was published.</summary>
    internal static (DateOnly? From, DateOnly? To) Days(TimeRef? time, PartialDate? published)
    {
        var start = time?.Start ?? time?.End;
        var end = time?.End ?? time?.Start;
        if (start is { } s && end is { } e) return (s.FirstDay, e.LastDay);
        return published is { } p ? (p.FirstDay, p.LastDay) : (null, null);
    }

    private static string EvidenceText(Claim c, string text)
    {
        if (c.Evidence.IsDefaultOrEmpty) return "";
        return string.Join(" … ", c.Evidence
            .Where(e => e.End <= text.Length)
            .Select(e => text.AsSpan(e.Start, e.Length).Trim().ToString()));
    }

    private sealed class ClaimRow
    {
        public long Id { get; set; }
        public long DocumentId { get; set; }
        public string DocumentName { get; set; } = "";
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public PartialDate? Published { get; set; }
        public long? CopyOf { get; set; }
        public string Measure { get; set; } = "";
        public string? Actor { get; set; }
        public string Kind { get; set; } = "";
        public string SubjectText { get; set; } = "";
        public string? Qualifier { get; set; }
        public double Low { get; set; }
        public double High { get; set; }
        public string Hedge { get; set; } = "";
        public string ValueText { get; set; } = "";
        public string Aggregate { get; set; } = "";
        public string? TimeText { get; set; }
        public PartialDate? TimeStart { get; set; }
        public PartialDate? TimeEnd { get; set; }
        public string? DayFrom { get; set; }
        public string? DayTo { get; set; }
        public string? PlaceText { get; set; }
        public string? PlaceCountry { get; set; }
        public string Modality { get; set; } = "";
        public ImmutableArray<Source> AccordingTo { get; set; }
        public ImmutableArray<TextSpan> Evidence { get; set; }
        public string EvidenceText { get; set; } = "";
        public int AnchorStart { get; set; }
        public int AnchorEnd { get; set; }

        public StoredClaim ToStoredClaim()
        {
            ClaimNames.TryParseMeasure(Measure, out var measure);
            ClaimNames.TryParseHedge(Hedge, out var hedge);
            ClaimNames.TryParseAggregate(Aggregate, out var aggregate);
            ClaimNames.TryParseModality(Modality, out var modality);
            var claim = new Claim(
                measure,
                new Subject(Actor, Kind, SubjectText, Qualifier),
                new Figure(new CountRange((decimal)Low, (decimal)High), hedge, ValueText),
                aggregate,
                TimeText is null ? null : new TimeRef(TimeText, TimeStart, TimeEnd),
                PlaceText is null && PlaceCountry is null ? null : new PlaceRef(PlaceText ?? "", PlaceCountry),
                AccordingTo.IsDefault ? [] : AccordingTo,
                modality,
                Evidence.IsDefault ? [] : Evidence)
            { Anchor = new TextSpan(AnchorStart, AnchorEnd) };
            return new StoredClaim(Id, DocumentId, DocumentName, Outlet, Url, Published, CopyOf,
                ParseDay(DayFrom), ParseDay(DayTo), EvidenceText, claim);
        }

        private static DateOnly? ParseDay(string? s) =>
            s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
