using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Text;

namespace Tally.Time;

/// <summary>
/// Finds time expressions in each sentence ("on December 17", "last October", "the past 24 hours",
/// "since the start of the full-scale invasion") and resolves them against the publication date
/// (<see cref="DocumentMetadata.Published"/>) only, never the clock, and against what the text said before
/// (a <see cref="Timeline"/>: "over the same period", "since then", "since the attack"). What cannot be
/// resolved keeps its span with a null start and end; a written date that does not exist ("February 30") is
/// skipped with a diagnostic, and the date of a publication line or dateline is no mention at all. Stateless
/// after construction and thread-safe: each document gets its own timeline.
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
        ReadOnlySpan<Token> tokens = doc.TokenArray;
        var context = DateContext.For(doc.Metadata.Published, resolution);
        var found = new List<TimeMention>();
        // The dateline's date is when the article was filed, not when any figure in its first sentence holds,
        // nor a time the text points back to.
        TextSpan? dateline = PublicationDateFinder.TryFind(doc.Text, out _, out var filed) ? filed : null;
        var buffers = _buffers ??= new ScanBuffers();
        foreach (var sentence in doc.SentenceTokens())
            Scan(text, tokens[sentence.Start..sentence.End], ref context, buffers, found, doc.Diagnostics, Name, dateline);
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
        Scan(normalized, CollectionsMarshal.AsSpan(Tokenizer.Tokenize(normalized, 0, normalized.Length)), ref context, new ScanBuffers(), found, diagnostics: null, "dates");
        mention = found.Count > 0 ? found[0] : null;
        return mention is not null;
    }

    // What a sentence's scan works in, kept for the thread: a list or array per sentence, or per document, was garbage
    // soon after.
    [ThreadStatic] private static ScanBuffers? _buffers;

    /// <summary>What one sentence's scan works in, cleared or overwritten for each sentence.</summary>
    private sealed class ScanBuffers
    {
        public List<DateMatch> Matches { get; } = [];
        public List<Found> Found { get; } = [];

        private Resolved[] _resolved = [];
        private TokenTime[] _read = [];

        // A rare huge sentence gets an array of its own rather than one the thread would keep.
        private const int MaxKeptTokens = 1 << 12;

        /// <summary>Room for what the parser reads of each token of a sentence; it writes every entry it reads.</summary>
        public Span<TokenTime> ReadFor(int tokens)
        {
            if (tokens > MaxKeptTokens) return new TokenTime[tokens];
            if (_read.Length < tokens) _read = new TokenTime[Math.Min(MaxKeptTokens, Math.Max(tokens, 2 * _read.Length))];
            return _read.AsSpan(0, tokens);
        }

        /// <summary>An array for the sentence's matches resolved, at least as long as they are many, with nothing in it yet.</summary>
        public Resolved[] ResolvedFor(int matches)
        {
            if (_resolved.Length < matches) _resolved = new Resolved[Math.Max(matches, 2 * _resolved.Length)];
            Array.Clear(_resolved, 0, matches);
            return _resolved;
        }
    }

    /// <summary>Finds and resolves the time expressions of one sentence.</summary>
    private static void Scan(string text, ReadOnlySpan<Token> tokens, ref DateContext context, ScanBuffers buffers, List<TimeMention> into,
        List<Diagnostic>? diagnostics, string stage, TextSpan? dateline = null)
    {
        var matches = buffers.Matches;
        // The parser's word lookups go in the document's buffer, not on the stack: a method that allocates on the stack
        // is compiled once, fully optimised but without the profile tiered compilation gathers first.
        var parser = new DateParser(text, tokens, buffers.ReadFor(tokens.Length));
        matches.Clear();
        int i = 0;
        while (i < tokens.Length)
        {
            if (!parser.MayStartAt(i) || !parser.TryParse(i, out var match))
            {
                i++;
                continue;
            }
            if (dateline is not { } d || tokens[match.First].Span.Start >= d.End || d.Start >= tokens[match.Next - 1].Span.End) matches.Add(match);
            i = match.Next;
        }
        if (matches.Count == 0) return;
        var timeline = context.Earlier!;
        timeline.StartSentence();

        // Expressions counted from the sentence's day ("up from 2,862 a day earlier") wait for the others.
        var resolved = buffers.ResolvedFor(matches.Count);
        for (int m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Expression.Anchored) continue;
            resolved[m] = SameSentenceReferent(matches, resolved, m) ?? Resolve(match, context);
            if (resolved[m].Kept && match.Expression is ExplicitDate { To.Year: > 0 and var year }) context = context with { TextYear = year };
            if (resolved[m] is { Kept: true, Start: { } start }) timeline.NoteStart(start);
        }
        for (int m = 0; m < matches.Count; m++)
            if (matches[m].Expression.Anchored) resolved[m] = Resolve(matches[m], context with { Anchor = AnchorFor(matches, resolved, m) });

        NoteEvents(parser, tokens.Length, matches, resolved, timeline);
        var found = buffers.Found;
        found.Clear();
        for (int m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            bool undated = match is { Since: true, Expression: EventStart } && resolved[m].Start is null;
            found.Add(new Found(match.First, match.Next, match.Standing ? StandingBy(resolved[m], context.Published) : resolved[m], resolved[m].Since ? Extent.Period : match.Expression.Extent, undated,
                match.Expression is Present));
        }
        MergeSinceClauses(parser, tokens.Length, found, context.Published);
        foreach (var f in found)
        {
            var span = new TextSpan(tokens[f.First].Span.Start, tokens[f.Next - 1].Span.End);
            if (!f.Resolution.Kept)
            {
                diagnostics?.Add(new Diagnostic(stage, span, $"'{text[span.Start..span.End]}' names no real date; not kept as a time."));
                continue;
            }
            var mention = new TimeMention(span, f.Resolution.Start, f.Resolution.End, f.Resolution.Since, f.Present);
            into.Add(mention);
            timeline.Note(mention, f.Extent);
        }
    }

    /// <summary>
    /// "43 were killed during the last week, while 7 soldiers died over the same period": a back-reference to a time the
    /// same sentence named before it is that time (the timeline learns a sentence's times only once it is read).
    /// </summary>
    private static Resolved? SameSentenceReferent(List<DateMatch> matches, Resolved[] resolved, int at)
    {
        if (matches[at].Expression is not BackReference { Count: 0 } back) return null;
        for (int m = at - 1; m >= 0; m--)
            if (resolved[m] is { Kept: true, Start: not null } earlier && matches[m].Expression.Extent == back.To)
                return earlier with { Since = false };
        return null;
    }

    /// <summary>A match resolved: its interval, whether it opens a running period, and whether it names a real date at all.</summary>
    private readonly record struct Resolved(PartialDate? Start, PartialDate? End, bool Since, bool Kept);

    /// <summary>
    /// A time expression over tokens [First, Next), resolved, and what it spans; <see cref="UndatedSince"/>
    /// marks a "since" period whose event the grammar read but could not date ("since the war began").
    /// </summary>
    private readonly record struct Found(int First, int Next, Resolved Resolution, Extent Extent, bool UndatedSince = false,
        bool Present = false);

    private static Resolved Resolve(DateMatch match, DateContext context)
    {
        if (!match.Expression.TryResolve(context, out var start, out var end)) return default;
        // "over the same period" after "since the war began" is that running period again.
        bool since = match.Since || match.Expression is BackReference back && back.Referent(context) is { Since: true };
        // "since October" runs up to publication, known or not.
        return new Resolved(start, match.Since ? context.Published : end, since, Kept: true);
    }

    /// <summary>
    /// "the toll had risen to 115 by Friday evening", "1,541,000 had returned as of July 19": a count that stood
    /// at that time, from a start the text does not give. A time still ahead of publication is a target ("to
    /// deliver by the end of March"): it keeps its own interval. Resolved after the anchors, for "by Thursday,
    /// up from 38 a day earlier" counts from Thursday.
    /// </summary>
    private static Resolved StandingBy(Resolved resolved, PartialDate? published) =>
        resolved is { Kept: true, Since: false, End: { } end } && (published is not { } p || end.LastDay <= p.LastDay)
            ? resolved with { Start = null }
            : resolved;

    /// <summary>
    /// How many tokens after "since" the date that opens its period may stand ("since the war between the army
    /// and the RSF broke out in April 2023").
    /// </summary>
    private const int SinceClause = 16;

    /// <summary>
    /// "since" without a date of its own ("since the United States began its campaign", "since the war began")
    /// takes the first date after it in its clause ("... on March 15"): the two become one period from that
    /// date to publication, in place of the "since" match and the date, or of the date alone when the grammar
    /// did not read the clause.
    /// </summary>
    private static void MergeSinceClauses(DateParser parser, int tokenCount, List<Found> found, PartialDate? published)
    {
        for (int t = 0; t < tokenCount; t++)
        {
            if (!parser.IsSince(t)) continue;
            int opening = -1, date = -1;
            bool inside = false;
            for (int f = 0; f < found.Count; f++)
            {
                if (found[f].First == t) opening = f;
                else if (found[f].First < t && found[f].Next > t) inside = true;
            }
            bool undated = opening >= 0 ? found[opening].UndatedSince : !inside && parser.OpensSinceClause(t);
            if (!undated) continue;
            int from = opening >= 0 ? found[opening].Next : t + 1;
            for (int f = 0; f < found.Count && date < 0; f++)
                if (found[f].First >= from && found[f].Resolution is { Kept: true, Start: not null }) date = f;
            if (date < 0 || found[date].First - t > SinceClause || parser.ClauseBreakBetween(t, found[date].First)) continue;
            var merged = new Found(t, found[date].Next, new Resolved(found[date].Resolution.Start, published, Since: true, Kept: true), Extent.Period);
            // Everything from the "since" match, or from the first match after "since", up to the date.
            int first = opening >= 0 ? opening : date;
            while (first > 0 && found[first - 1].First > t) first--;
            found.RemoveRange(first, date - first + 1);
            found.Insert(first, merged);
        }
    }

    /// <summary>
    /// Notes when the sentence dates an event: a date just after its noun in the same clause ("the attack on
    /// southern Israel on Oct. 7", "the war began in October 2023") or just before it ("the October 2023
    /// attack"), for a later "since the attack".
    /// </summary>
    private static void NoteEvents(DateParser parser, int tokenCount, List<DateMatch> matches, Resolved[] resolved, Timeline timeline)
    {
        for (int k = 0; k < tokenCount; k++)
        {
            if (parser.EventAt(k) is not { } noun) continue;
            for (int m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                bool after = match.First > k && match.First - k <= EventReach && !parser.ClauseBreakBetween(k, match.First);
                bool before = match.Next <= k && k - match.Next <= 2 && !parser.ClauseBreakBetween(match.Next - 1, k);
                if ((after || before) && !match.Since && match.Expression is not (EventStart or Then or BackReference)
                    && resolved[m] is { Kept: true, Start: { } start })
                {
                    timeline.NoteEvent(noun, start);
                    break;
                }
            }
        }
    }

    /// <summary>How many tokens after an event's noun its date may stand ("the attack on southern Israel on Oct. 7").</summary>
    private const int EventReach = 7;

    /// <summary>
    /// The day an anchored expression counts from: the nearest single day named before it in the sentence,
    /// else (for "overnight", which may come before "the air force said on Monday") the nearest after it;
    /// periods opened by "since" name no such day. A shift by months or years counts from a month or year too
    /// ("in 2024 … the year before").
    /// </summary>
    private static DateOnly? AnchorFor(List<DateMatch> matches, Resolved[] resolved, int at)
    {
        bool coarse = matches[at].Expression is Shifted { Unit: TimeUnit.Month or TimeUnit.Year };
        for (int m = at - 1; m >= 0; m--)
            if (IsDay(m)) return resolved[m].End!.Value.FirstDay;
        if (matches[at].Expression is Overnight)
            for (int m = at + 1; m < matches.Count; m++)
                if (IsDay(m)) return resolved[m].End!.Value.FirstDay;
        return null;

        bool IsDay(int m) => !matches[m].Expression.Anchored && !matches[m].Since
            && resolved[m] is { Kept: true, Start: { } s, End: { } e } && s == e && (coarse || s.Precision == DatePrecision.Day);
    }
}
