using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tally.Claims;
using Tally.Documents;
using Tally.Ledger.Storage;

namespace Tally.Ledger.Export;

/// <summary>The formats <c>tally export</c> and <c>tally claims</c> write.</summary>
public enum ExportFormat
{
    Csv,
    Jsonl,
}

/// <summary>
/// Writes stored claims as JSON Lines in CLAIMS.md's format (the same lines <c>tally extract --json</c>
/// writes, <c>doc</c> being the stored document's name) or as CSV with one flat row per claim.
/// Streams: rows are written as they come, so an export never holds the ledger in memory.
/// </summary>
public static class ClaimExport
{
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "id", "doc", "outlet", "url", "published", "copy_of", "measure", "actor", "kind", "subject", "qualifier",
        "low", "high", "hedge", "value_text", "aggregate", "time_text", "time_start", "time_end", "place", "place_country",
        "modality", "source", "source_country", "according_to", "evidence",
    ];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the claims; returns how many.</summary>
    public static int Write(TextWriter output, IEnumerable<StoredClaim> claims, ExportFormat format)
    {
        if (format == ExportFormat.Csv) output.WriteLine(string.Join(',', CsvColumns));
        int n = 0;
        foreach (var claim in claims)
        {
            output.WriteLine(format == ExportFormat.Csv ? CsvRow(claim) : JsonLine(claim));
            n++;
        }
        return n;
    }

    public static string JsonLine(StoredClaim stored)
    {
        // ClaimJson reads only the document's name; the stored claim's offsets need no text to be written.
        var doc = new TallyDocument(string.Empty, new DocumentMetadata { Name = stored.DocumentName });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            ClaimJson.Write(writer, stored.Claim, doc);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string CsvRow(StoredClaim s)
    {
        var c = s.Claim;
        var first = c.AccordingTo.IsDefaultOrEmpty ? null : c.AccordingTo[0];
        string?[] fields =
        [
            Invariant(s.Id), s.DocumentName, s.Outlet, s.Url, s.Published?.ToString(), s.CopyOf is { } copy ? Invariant(copy) : null,
            c.Measure.Name(), c.Subject.Actor, c.Subject.Kind, c.Subject.Text, c.Subject.Qualifier,
            Invariant(c.Figure.Value.Low), Invariant(c.Figure.Value.High), c.Figure.Hedge.Name(), c.Figure.Text, c.Aggregate.Name(),
            c.Time?.Text, c.Time?.Start?.ToString(), c.Time?.End?.ToString(), c.Place?.Text, c.Place?.Country,
            c.Modality.Name(), first?.Name, first?.Country, SourceChain(c), s.EvidenceText,
        ];
        return string.Join(',', fields.Select(Csv));
    }

    /// <summary>A chain as people read it: the one who made the figure first, each relay after an arrow.</summary>
    public static string SourceChain(Claim c) => string.Join(" → ", c.AccordingTo.Select(s => s.Country is null ? s.Name : $"{s.Name} ({s.Country})"));

    /// <summary>RFC 4180: quote a field holding a comma, quote, or line break, doubling its quotes.</summary>
    public static string Csv(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

    private static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
    private static string Invariant(long l) => l.ToString(CultureInfo.InvariantCulture);
}
