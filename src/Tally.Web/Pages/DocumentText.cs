using Tally.Ledger.Storage;

namespace Tally.Web.Pages;

/// <summary>
/// A stretch of a document's text: plain, or an evidence sentence with the claims it states. An
/// evidence stretch's <see cref="Start"/> names its anchor (<see cref="Fmt.Anchor"/>).
/// </summary>
public sealed record TextSegment(int Start, string Text, IReadOnlyList<StoredClaim> Claims)
{
    public bool IsEvidence => Claims.Count > 0;
}

/// <summary>Cuts a document's text at its claims' evidence spans, so the page can mark each sentence.</summary>
public static class DocumentText
{
    public static IReadOnlyList<TextSegment> Segments(string text, IEnumerable<StoredClaim> claims)
    {
        // Evidence spans are sentences, so they are equal or apart; a span overlapping an earlier one
        // (which the extractor does not make) joins it rather than breaking the markup.
        var spans = new SortedDictionary<int, (int End, List<StoredClaim> Claims)>();
        foreach (var claim in claims)
            foreach (var e in claim.Claim.Evidence.IsDefault ? [] : claim.Claim.Evidence)
            {
                if (e.End > text.Length || e.IsEmpty) continue;
                if (!spans.TryGetValue(e.Start, out var entry)) spans[e.Start] = entry = (e.End, []);
                if (!entry.Claims.Contains(claim)) entry.Claims.Add(claim);
                if (e.End > entry.End) spans[e.Start] = (e.End, entry.Claims);
            }
        var segments = new List<TextSegment>();
        int at = 0;
        foreach (var (start, (end, members)) in spans)
        {
            if (start < at)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text[at..Math.Max(at, end)], Claims = [.. segments[^1].Claims.Union(members)] };
                at = Math.Max(at, end);
                continue;
            }
            if (start > at) segments.Add(new TextSegment(at, text[at..start], []));
            segments.Add(new TextSegment(start, text[start..end], members));
            at = end;
        }
        if (at < text.Length) segments.Add(new TextSegment(at, text[at..], []));
        return segments;
    }
}
