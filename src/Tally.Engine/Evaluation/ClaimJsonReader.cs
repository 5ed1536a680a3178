using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Tally.Attribution;
using Tally.Claims;
using Tally.Documents;
using Tally.Time;

namespace Tally.Evaluation;

/// <summary>
/// Reads claims back from JSON Lines: gold files (CLAIMS.md, "Output format": <c>anchor</c> and
/// <c>optional</c>) and what <c>tally extract --json</c> wrote (<c>evidence</c> offsets). Fields a
/// human annotator may leave out (subject.text, qualifier, value.text, aggregate, time, place) get
/// their empty value; a bad line stops the read with a one-line "file:line: reason" error.
/// Blank lines are skipped. Thread-safe: it keeps no state.
/// </summary>
public static class ClaimJsonReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LoadResult<ImmutableArray<GoldClaim>> ReadGold(string path) => ReadFile(path, ParseGold);

    public static LoadResult<ImmutableArray<PredictedClaim>> ReadPredictions(string path) => ReadFile(path, ParsePredictions);

    public static LoadResult<ImmutableArray<GoldClaim>> ParseGold(IEnumerable<string> lines, string path) =>
        ParseLines(lines, path, TallyErrors.BadGold, (o, line) => new GoldClaim(
            Doc(o), ReadClaim(o, evidence: false), OptionalString(o, "anchor") ?? "", OptionalBool(o, "optional"), line));

    public static LoadResult<ImmutableArray<PredictedClaim>> ParsePredictions(IEnumerable<string> lines, string path) =>
        ParseLines(lines, path, TallyErrors.BadPredictions, (o, _) =>
        {
            var claim = ReadClaim(o, evidence: true);
            return new PredictedClaim(Doc(o), claim, PredictedClaim.Describe(claim));
        });

    private static LoadResult<ImmutableArray<T>> ReadFile<T>(string path, Func<IEnumerable<string>, string, LoadResult<ImmutableArray<T>>> parse)
    {
        if (Directory.Exists(path)) return LoadResult<ImmutableArray<T>>.Fail(TallyErrors.IsDirectory(path));
        if (!File.Exists(path)) return LoadResult<ImmutableArray<T>>.Fail(TallyErrors.FileNotFound(path));
        try
        {
            return parse(File.ReadAllText(path, StrictUtf8).Split('\n'), path);
        }
        catch (DecoderFallbackException e)
        {
            return LoadResult<ImmutableArray<T>>.Fail(TallyErrors.InvalidUtf8(path, e.Index));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadResult<ImmutableArray<T>>.Fail(TallyErrors.Unreadable(path, e.Message));
        }
    }

    private static LoadResult<ImmutableArray<T>> ParseLines<T>(
        IEnumerable<string> lines, string path, Func<string, int, string, string> error, Func<JsonElement, int, T> read)
    {
        var claims = ImmutableArray.CreateBuilder<T>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new LineError("a line must be one JSON object");
                claims.Add(read(json.RootElement, number));
            }
            catch (JsonException e)
            {
                return LoadResult<ImmutableArray<T>>.Fail(error(path, number, "not JSON: " + OneLine(e.Message)));
            }
            catch (LineError e)
            {
                return LoadResult<ImmutableArray<T>>.Fail(error(path, number, e.Message));
            }
        }
        return LoadResult<ImmutableArray<T>>.Ok(claims.ToImmutable());
    }

    private static string Doc(JsonElement o) => RequiredString(o, "doc", "doc");

    private static Claim ReadClaim(JsonElement o, bool evidence)
    {
        var measure = Named<Measure>(o, "measure", "measure", ClaimNames.TryParseMeasure);
        var subject = RequiredObject(o, "subject", "subject");
        var value = RequiredObject(o, "value", "value");
        decimal low = Number(value, "low", "value.low"), high = Number(value, "high", "value.high");
        if (low < 0 || high < low) throw new LineError($"value [{low}, {high}] is not a count range (0 <= low <= high)");
        var aggregate = Member(o, "aggregate") is null ? Aggregate.Unspecified : Named<Aggregate>(o, "aggregate", "aggregate", ClaimNames.TryParseAggregate);
        return new Claim(
            measure,
            new Subject(OptionalString(subject, "actor"), RequiredString(subject, "kind", "subject.kind"),
                OptionalString(subject, "text") ?? "", OptionalString(subject, "qualifier")),
            new Figure(new CountRange(low, high), Named<Hedge>(value, "hedge", "value.hedge", ClaimNames.TryParseHedge), OptionalString(value, "text") ?? ""),
            aggregate,
            OptionalObject(o, "time", "time") is { } time
                ? new TimeRef(OptionalString(time, "text") ?? "", Date(time, "start"), Date(time, "end"))
                : null,
            OptionalObject(o, "place", "place") is { } place
                ? new PlaceRef(OptionalString(place, "text") ?? "", OptionalString(place, "country"))
                : null,
            Sources(o),
            Named<Modality>(o, "modality", "modality", ClaimNames.TryParseModality),
            evidence ? Evidence(o) : []);
    }

    private static ImmutableArray<Source> Sources(JsonElement o)
    {
        if (Member(o, "according_to") is not { } chain) return [];
        if (chain.ValueKind != JsonValueKind.Array) throw new LineError("'according_to' must be an array");
        var sources = ImmutableArray.CreateBuilder<Source>();
        foreach (var s in chain.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.Object) throw new LineError("each 'according_to' element must be an object");
            sources.Add(new Source(RequiredString(s, "name", "according_to[].name"), OptionalString(s, "role"), OptionalString(s, "country")));
        }
        return sources.ToImmutable();
    }

    private static ImmutableArray<TextSpan> Evidence(JsonElement o)
    {
        if (Member(o, "evidence") is not { } evidence) return [];
        if (evidence.ValueKind != JsonValueKind.Array) throw new LineError("'evidence' must be an array");
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var e in evidence.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object) throw new LineError("each 'evidence' element must be {start, end}");
            decimal start = Number(e, "start", "evidence[].start"), end = Number(e, "end", "evidence[].end");
            if (start < 0 || end < start || start != decimal.Truncate(start) || end != decimal.Truncate(end) || end > int.MaxValue)
                throw new LineError($"evidence [{start}, {end}) is not a character range");
            spans.Add(new TextSpan((int)start, (int)end));
        }
        return spans.ToImmutable();
    }

    private static PartialDate? Date(JsonElement time, string name)
    {
        var text = OptionalString(time, name);
        if (text is null) return null;
        return PartialDate.TryParse(text, out var date) ? date : throw new LineError($"time.{name} '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>A member's value, or null when it is absent or JSON null.</summary>
    private static JsonElement? Member(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static JsonElement RequiredObject(JsonElement o, string name, string path) =>
        OptionalObject(o, name, path) ?? throw new LineError($"'{path}' is missing");

    private static JsonElement? OptionalObject(JsonElement o, string name, string path) => Member(o, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } v => v,
        _ => throw new LineError($"'{path}' must be an object"),
    };

    private static string RequiredString(JsonElement o, string name, string path) =>
        OptionalString(o, name, path) ?? throw new LineError($"'{path}' is missing");

    private static string? OptionalString(JsonElement o, string name, string? path = null) => Member(o, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw new LineError($"'{path ?? name}' must be a string"),
    };

    private static bool OptionalBool(JsonElement o, string name) => Member(o, name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new LineError($"'{name}' must be true or false"),
    };

    private static decimal Number(JsonElement o, string name, string path) =>
        Member(o, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out var d)
            ? d
            : throw new LineError($"'{path}' must be a number");

    private delegate bool TryParseName<T>(string? s, out T value);

    private static T Named<T>(JsonElement o, string name, string path, TryParseName<T> parse)
    {
        var text = RequiredString(o, name, path);
        return parse(text, out var value) ? value : throw new LineError($"'{path}' has unknown value '{text}'");
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");

    /// <summary>
    /// A reason one line is bad. It never leaves this class: the JSON walk is several calls deep,
    /// and unwinding to the line loop is simpler than threading an error through every accessor.
    /// </summary>
    private sealed class LineError(string message) : Exception(message);
}
