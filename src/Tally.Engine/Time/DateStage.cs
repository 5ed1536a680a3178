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
/// a diagnostic, and the date of a publication line or dateline is no mention at all. Stateless after construction and thread-safe.
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
        var matches = new List<DateMatch>();
        foreach (var sentence in doc.SentenceTokens())
            Scan(text, tokens[sentence.Start..sentence.End], ref context, matches, found, doc.Diagnostics, Name);
        // The dateline's date is when the article was filed, not when any figure in its first sentence holds.
        if (PublicationDateFinder.TryFind(doc.Text, out _, out var dateline))
            found.RemoveAll(d => d.Span.Start < dateline.End && dateline.Start < d.Span.End);
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
        Scan(normalized, CollectionsMarshal.AsSpan(Tokenizer.Tokenize(normalized, 0, normalized.Length)), ref context, [], found, diagnostics: null, "dates");
        mention = found.Count > 0 ? found[0] : null;
        return mention is not null;
    }

    /// <summary>Finds and resolves the time expressions of one sentence; <paramref name="matches"/> is a list to reuse.</summary>
    private static void Scan(string text, ReadOnlySpan<Token> tokens, ref DateContext context, List<DateMatch> matches, List<TimeMention> into,
        List<Diagnostic>? diagnostics, string stage)
    {
        // Sentences are short, so the parser's word lookups live on the stack; a rare long one takes an array.
        var parser = new DateParser(text, tokens, tokens.Length <= 128 ? stackalloc TimeWord?[tokens.Length] : new TimeWord?[tokens.Length]);
        matches.Clear();
        int i = 0;
        while (i < tokens.Length)
        {
            if (!parser.MayStartAt(i) || !parser.TryParse(i, out var match))
            {
                i++;
                continue;
            }
            matches.Add(match);
            i = match.Next;
        }
        if (matches.Count == 0) return;

        // Expressions counted from the sentence's day ("up from 2,862 a day earlier") wait for the others.
        var resolved = new (PartialDate? Start, PartialDate? End, bool Kept)[matches.Count];
        for (int m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Expression.Anchored) continue;
            resolved[m] = Resolve(match, context);
            if (resolved[m].Kept && match.Expression is ExplicitDate { To.Year: > 0 and var year }) context = context with { TextYear = year };
        }
        for (int m = 0; m < matches.Count; m++)
            if (matches[m].Expression.Anchored) resolved[m] = Resolve(matches[m], context with { Anchor = AnchorFor(matches, resolved, m) });

        for (int m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var span = new TextSpan(tokens[match.First].Span.Start, tokens[match.Next - 1].Span.End);
            if (resolved[m].Kept) into.Add(new TimeMention(span, resolved[m].Start, resolved[m].End, match.Since));
            else diagnostics?.Add(new Diagnostic(stage, span, $"'{text[span.Start..span.End]}' names no real date; not kept as a time."));
        }
    }

    private static (PartialDate? Start, PartialDate? End, bool Kept) Resolve(DateMatch match, DateContext context)
    {
        if (!match.Expression.TryResolve(context, out var start, out var end)) return (null, null, false);
        // "since October" runs up to publication, known or not.
        return (start, match.Since ? context.Published : end, true);
    }

    /// <summary>
    /// The day an anchored expression counts from: the nearest single day named before it in the sentence,
    /// else (for "overnight", which may come before "the air force said on Monday") the nearest after it;
    /// periods opened by "since" name no such day.
    /// </summary>
    private static DateOnly? AnchorFor(List<DateMatch> matches, (PartialDate? Start, PartialDate? End, bool Kept)[] resolved, int at)
    {
        for (int m = at - 1; m >= 0; m--)
            if (IsDay(m)) return resolved[m].End!.Value.FirstDay;
        if (matches[at].Expression is Overnight)
            for (int m = at + 1; m < matches.Count; m++)
                if (IsDay(m)) return resolved[m].End!.Value.FirstDay;
        return null;

        bool IsDay(int m) => !matches[m].Expression.Anchored && !matches[m].Since
            && resolved[m] is { Kept: true, Start: { Precision: DatePrecision.Day } s, End: { } e } && s == e;
    }
}
