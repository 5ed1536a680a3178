using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Text;

namespace Tally.Time;

/// <summary>
/// Finds time expressions in each sentence ("on December 17", "last October", "the past 24 hours",
/// "since the start of the full-scale invasion") and resolves them against the publication date
/// (<see cref="DocumentMetadata.Published"/>) only, never the clock. What cannot be resolved keeps its
/// span with a null start and end; a written date that does not exist ("February 30") is skipped with
/// a diagnostic. Stateless after construction and thread-safe.
/// </summary>
public sealed class DateStage(DateResolution resolution = DateResolution.Strict) : ITallyStage
{
    public string Name => "dates";
    public Layer Requires => Layer.Tokens | Layer.Sentences;
    public Layer Assigns => Layer.Dates;
    public DateResolution Resolution => resolution;

    public void Process(TallyDocument doc)
    {
        var text = doc.Normalized;
        ReadOnlySpan<Token> tokens = doc.Tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : doc.Tokens.ToArray();
        var context = DateContext.For(doc.Metadata.Published, resolution);
        var found = new List<TimeMention>();
        int t = 0;
        foreach (var sentence in doc.Sentences)
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Span.Start) t++;
            int end = t;
            while (end < tokens.Length && tokens[end].Span.End <= sentence.Span.End) end++;
            Scan(text, tokens[t..end], ref context, found, doc.Diagnostics, Name);
            t = end;
        }
        doc.Dates = found;
    }

    /// <summary>
    /// The first time expression in <paramref name="text"/>, read as one sentence and resolved against
    /// <paramref name="published"/>; false when there is none. Never throws on odd text.
    /// </summary>
    public static bool TryParse(string text, PartialDate? published, DateResolution resolution, [NotNullWhen(true)] out TimeMention? mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = CharNormalizer.Normalize(text);
        var context = DateContext.For(published, resolution);
        var found = new List<TimeMention>();
        Scan(normalized, CollectionsMarshal.AsSpan(Tokenizer.Tokenize(normalized, 0, normalized.Length)), ref context, found, diagnostics: null, "dates");
        mention = found.Count > 0 ? found[0] : null;
        return mention is not null;
    }

    private static void Scan(string text, ReadOnlySpan<Token> tokens, ref DateContext context, List<TimeMention> into, List<Diagnostic>? diagnostics, string stage)
    {
        var parser = new DateParser(text, tokens);
        int i = 0;
        while (i < tokens.Length)
        {
            if (!parser.MayStartAt(i) || !parser.TryParse(i, out var match))
            {
                i++;
                continue;
            }
            var span = new TextSpan(tokens[match.First].Span.Start, tokens[match.Next - 1].Span.End);
            if (match.Expression.TryResolve(context, out var start, out var end))
            {
                // "since October" runs up to publication, known or not.
                if (match.Since) end = context.Published;
                into.Add(new TimeMention(span, start, end, match.Since));
                if (match.Expression is ExplicitDate { To.Year: > 0 and var year }) context = context with { TextYear = year };
            }
            else diagnostics?.Add(new Diagnostic(stage, span, $"'{text[span.Start..span.End]}' names no real date; not kept as a time."));
            i = match.Next;
        }
    }
}
