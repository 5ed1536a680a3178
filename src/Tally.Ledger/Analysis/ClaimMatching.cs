using Tally.Attribution;
using Tally.Claims;

namespace Tally.Ledger.Analysis;

/// <summary>
/// The comparisons the conflict and consistency rules share (CLAIMS.md, "Conflicts and consistency"):
/// whether two claims can be about the same people at the same time and place, and whose figure each is.
/// </summary>
public static class ClaimMatching
{
    /// <summary>The claim's first source: the one who made the figure (the outlet when nobody else is named).</summary>
    public static Source? FirstSource(Claim c) => c.AccordingTo.IsDefaultOrEmpty ? null : c.AccordingTo[0];

    /// <summary>Whether two claims' first sources are the same by name (case and spacing aside).</summary>
    public static bool SameFirstSource(Claim a, Claim b) =>
        string.Equals(Normalize(FirstSource(a)?.Name), Normalize(FirstSource(b)?.Name), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether two claims come from one side: the same first source, or first sources of the same country
    /// ("Ukraine's defence intelligence" and "Ukraine"). A whole and its parts are compared within a side,
    /// since one side's agencies publish its parts and its totals.
    /// </summary>
    public static bool SameSide(Claim a, Claim b) =>
        SameFirstSource(a, b) || (FirstSource(a)?.Country is { } ca && ca == FirstSource(b)?.Country);

    /// <summary>Same actor and kind: the same people or things, before qualifiers.</summary>
    public static bool SameSubject(Claim a, Claim b) =>
        a.Subject.Actor == b.Subject.Actor && string.Equals(a.Subject.Kind, b.Subject.Kind, StringComparison.OrdinalIgnoreCase);

    public static bool SameQualifier(Claim a, Claim b) =>
        string.Equals(Normalize(a.Subject.Qualifier), Normalize(b.Subject.Qualifier), StringComparison.OrdinalIgnoreCase);

    /// <summary>Overlapping times, or a time unknown on either side.</summary>
    public static bool TimesOverlap(Claim a, Claim b)
    {
        var (aFrom, aTo) = Days(a);
        var (bFrom, bTo) = Days(b);
        if (aFrom is null && aTo is null || bFrom is null && bTo is null) return true;
        return (aTo is not { } at || bFrom is not { } bf || bf <= at) && (bTo is not { } bt || aFrom is not { } af || af <= bt);
    }

    /// <summary>Places that can be the same: either unknown, or the same country.</summary>
    public static bool PlacesCompatible(Claim a, Claim b) =>
        a.Place?.Country is not { } ca || b.Place?.Country is not { } cb || ca == cb;

    private static (DateOnly? From, DateOnly? To) Days(Claim c) => (c.Time?.Start?.FirstDay, c.Time?.End?.LastDay ?? c.Time?.Start?.LastDay);

    private static string? Normalize(string? s) => s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
