using System.Collections.Immutable;
using Tally.Claims;

namespace Tally.Ledger.Analysis;

/// <summary>
/// Claims about the same figure whose sources disagree: each member conflicts with at least one other.
/// Members are ordered by their low value.
/// </summary>
public sealed record ConflictGroup(Measure Measure, string? Actor, string Kind, string? Qualifier, Aggregate Aggregate, ImmutableArray<Claim> Claims);

/// <summary>
/// CLAIMS.md's conflict rule as pure functions over claims; no database involved. Callers leave out
/// claims from syndicated copies, which are not independent sources.
/// </summary>
public static class Conflicts
{
    /// <summary>
    /// Whether two claims conflict: the same measure, subject (actor, kind, qualifier: a part never
    /// conflicts with its whole) and aggregate, overlapping or unknown times, compatible places,
    /// different first sources, and figures that stay apart after each is widened by its hedge.
    /// </summary>
    public static bool Conflict(Claim a, Claim b) =>
        a.Measure == b.Measure
        && ClaimMatching.SameSubject(a, b)
        && ClaimMatching.SameQualifier(a, b)
        && a.Aggregate == b.Aggregate
        && ClaimMatching.TimesOverlap(a, b)
        && ClaimMatching.PlacesCompatible(a, b)
        && !ClaimMatching.SameFirstSource(a, b)
        && !Bounds.Of(a.Figure).Overlaps(Bounds.Of(b.Figure));

    /// <summary>
    /// Groups of conflicting claims: the connected parts of the "conflicts with" relation, so a group
    /// shows every figure in a disagreement side by side. Groups come largest spread first.
    /// </summary>
    public static IReadOnlyList<ConflictGroup> FindConflicts(IEnumerable<Claim> claims)
    {
        var groups = new List<ConflictGroup>();
        // Only claims with the same measure, subject and aggregate can conflict: compare within those buckets.
        var buckets = claims.GroupBy(c => (c.Measure, c.Subject.Actor, Kind: c.Subject.Kind.ToLowerInvariant(),
            Qualifier: c.Subject.Qualifier?.Trim().ToLowerInvariant(), c.Aggregate));
        foreach (var bucket in buckets)
        {
            var members = bucket.ToArray();
            var parent = Enumerable.Range(0, members.Length).ToArray();
            var inConflict = new bool[members.Length];
            for (int i = 0; i < members.Length; i++)
                for (int j = i + 1; j < members.Length; j++)
                    if (Conflict(members[i], members[j]))
                    {
                        parent[Find(parent, i)] = Find(parent, j);
                        inConflict[i] = inConflict[j] = true;
                    }
            foreach (var component in Enumerable.Range(0, members.Length).Where(i => inConflict[i]).GroupBy(i => Find(parent, i)))
            {
                var first = members[component.First()];
                groups.Add(new ConflictGroup(first.Measure, first.Subject.Actor, first.Subject.Kind, first.Subject.Qualifier, first.Aggregate,
                    [.. component.Select(i => members[i]).OrderBy(c => c.Figure.Value.Low)]));
            }
        }
        return [.. groups.OrderByDescending(Spread)];
    }

    private static decimal Spread(ConflictGroup g)
    {
        var high = g.Claims.Max(c => c.Figure.Value.High);
        var low = g.Claims.Min(c => c.Figure.Value.Low);
        return high == 0 ? 0 : (high - low) / high;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
