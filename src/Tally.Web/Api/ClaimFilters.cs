using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Tally.Claims;
using Tally.Ledger.Storage;
using Tally.Time;

namespace Tally.Web.Api;

/// <summary>
/// The claim filters of <c>tally claims</c>, as query parameters. Values arrive as text and are checked
/// here, so a bad one is a problem-details answer that names it, never a binder's bare 400.
/// </summary>
public sealed record ClaimFilters(
    [FromQuery(Name = "measure")] string? Measure = null,
    [FromQuery(Name = "actor")] string? Actor = null,
    [FromQuery(Name = "kind")] string? Kind = null,
    [FromQuery(Name = "source")] string? Source = null,
    [FromQuery(Name = "place")] string? Place = null,
    [FromQuery(Name = "since")] string? Since = null,
    [FromQuery(Name = "until")] string? Until = null,
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "with_copies")] string? WithCopies = null)
{
    /// <summary>The ledger query these filters describe; throws <see cref="WebInputException"/> for a bad value.</summary>
    public ClaimQuery ToQuery() => new()
    {
        Measure = QueryParsing.OptionalMeasure(Measure),
        Actor = QueryParsing.OptionalActor(Actor),
        Kind = Blank(Kind),
        Source = Blank(Source),
        Place = Blank(Place),
        Since = QueryParsing.OptionalDate("since", Since),
        Until = QueryParsing.OptionalDate("until", Until),
        Search = Blank(Search),
        IncludeCopies = QueryParsing.Flag("with_copies", WithCopies),
    };

    // HTML forms send empty fields; an empty filter filters nothing.
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Parses query values, throwing <see cref="WebInputException"/> with a coded message when one is bad.</summary>
public static class QueryParsing
{
    public const int MaxPageSize = 500;

    public static Measure? OptionalMeasure(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return ClaimNames.TryParseMeasure(text.Trim().ToLowerInvariant(), out var m) ? m
            : throw WebInputException.BadRequest(WebErrors.BadParameter("measure", text, "one of " + string.Join(", ", ClaimNames.AllMeasures)));
    }

    /// <summary>ISO 3166-1 alpha-2 codes, several joined by '+' (KP, KP+RU), in any case.</summary>
    public static string? OptionalActor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var actor = text.Trim().ToUpperInvariant();
        bool valid = actor.Split('+').All(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper));
        return valid ? actor : throw WebInputException.BadRequest(WebErrors.BadParameter("actor", text, "a two-letter country code such as KP, or codes joined by + (KP+RU)"));
    }

    public static PartialDate? OptionalDate(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return PartialDate.TryParse(text.Trim(), out var date) ? date
            : throw WebInputException.BadRequest(WebErrors.BadParameter(name, text, "a date as YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    /// <summary>A checkbox or boolean: absent, empty, false or 0 is false; true, 1 or on is true.</summary>
    public static bool Flag(string name, string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" or "on" => true,
        _ => throw WebInputException.BadRequest(WebErrors.BadParameter(name, text, "true or false")),
    };

    public static int Int(string name, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw WebInputException.BadRequest(WebErrors.BadParameter(name, text, $"a whole number from {min} to {max}"));
    }

    public static ClaimOrder Order(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "newest" => ClaimOrder.Newest,
        "oldest" => ClaimOrder.Oldest,
        "largest" => ClaimOrder.Largest,
        "smallest" => ClaimOrder.Smallest,
        _ => throw WebInputException.BadRequest(WebErrors.BadParameter("sort", text, "newest, oldest, largest or smallest")),
    };

    public static string Name(this ClaimOrder order) => order.ToString().ToLowerInvariant();
}
