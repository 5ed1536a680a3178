using System.Text.Encodings.Web;
using System.Text.Json;
using Tally.Attribution;
using Tally.Documents;

namespace Tally.Claims;

/// <summary>
/// Writes claims as CLAIMS.md's JSON Lines: one object a line, its exact field names, plus <c>doc</c>.
/// Values that are whole numbers are written without a fraction ("3500", not "3500.0").
/// </summary>
public static class ClaimJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void WriteLines(Stream output, TallyDocument doc)
    {
        foreach (var claim in doc.Claims)
        {
            using (var writer = new Utf8JsonWriter(output, Options))
                Write(writer, claim, doc);
            output.WriteByte((byte)'\n');
        }
    }

    public static string ToJsonLine(Claim claim, TallyDocument doc)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            Write(writer, claim, doc);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Claim c, TallyDocument doc)
    {
        w.WriteStartObject();
        w.WriteString("doc", doc.Metadata.Name);
        w.WriteString("measure", c.Measure.Name());
        w.WriteStartObject("subject");
        WriteNullable(w, "actor", c.Subject.Actor);
        w.WriteString("kind", c.Subject.Kind);
        w.WriteString("text", c.Subject.Text);
        WriteNullable(w, "qualifier", c.Subject.Qualifier);
        w.WriteEndObject();
        w.WriteStartObject("value");
        WriteCount(w, "low", c.Figure.Value.Low);
        WriteCount(w, "high", c.Figure.Value.High);
        w.WriteString("hedge", c.Figure.Hedge.Name());
        w.WriteString("text", c.Figure.Text);
        w.WriteEndObject();
        w.WriteString("aggregate", c.Aggregate.Name());
        if (c.Time is null) w.WriteNull("time");
        else
        {
            w.WriteStartObject("time");
            w.WriteString("text", c.Time.Text);
            WriteNullable(w, "start", c.Time.Start?.ToString());
            WriteNullable(w, "end", c.Time.End?.ToString());
            w.WriteEndObject();
        }
        if (c.Place is null) w.WriteNull("place");
        else
        {
            w.WriteStartObject("place");
            w.WriteString("text", c.Place.Text);
            WriteNullable(w, "country", c.Place.Country);
            w.WriteEndObject();
        }
        w.WriteStartArray("according_to");
        foreach (var s in c.AccordingTo) WriteSource(w, s);
        w.WriteEndArray();
        w.WriteString("modality", c.Modality.Name());
        w.WriteStartArray("evidence");
        foreach (var e in c.Evidence)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("name", s.Name);
        WriteNullable(w, "role", s.Role);
        WriteNullable(w, "country", s.Country);
        w.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter w, string name, decimal value)
    {
        if (value == decimal.Truncate(value) && value is <= long.MaxValue and >= long.MinValue) w.WriteNumber(name, (long)value);
        else w.WriteNumber(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
