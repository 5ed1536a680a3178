using System.Collections.Immutable;
using Tally.Claims;

namespace Tally.Ledger.Analysis;

/// <summary>What a check of parts against their whole found.</summary>
public enum ConsistencyVerdict
{
    /// <summary>The parts add up to the whole, within their hedges.</summary>
    AddsUp,
    /// <summary>The parts add up to less than the whole; the whole may count more (missing, captured).</summary>
    FallsShort,
    /// <summary>The parts add up to more than the whole: the figures cannot all be right.</summary>
    PartsExceedWhole,
    /// <summary>One part alone is larger than its whole.</summary>
    PartExceedsWhole,
}

/// <summary>One whole, the parts checked against it, their hedged sum, and the verdict.</summary>
public sealed record ConsistencyFinding(ConsistencyVerdict Verdict, Claim Whole, ImmutableArray<Claim> Parts, Bounds PartsSum)
{
    public bool IsProblem => Verdict is ConsistencyVerdict.PartsExceedWhole or ConsistencyVerdict.PartExceedsWhole;
}

/// <summary>
/// CLAIMS.md's consistency rule as pure functions over claims: parts from one side that should add
/// up to its whole (killed + wounded = casualties), and parts that exceed their whole (wounded back
/// in service above the wounded, "children killed" above all killed). The side is the first source,
/// or sources of the same country (<see cref="ClaimMatching.SameSide"/>).
/// </summary>
public static class Consistency
{
    /// <summary>Measures whose figures sum to another measure's (CLAIMS.md, "casualties": killed and wounded together).</summary>
    public static IReadOnlyDictionary<Measure, ImmutableArray<Measure>> Sums { get; } = new Dictionary<Measure, ImmutableArray<Measure>>
    {
        [Measure.Casualties] = [Measure.Killed, Measure.Wounded],
    };

    /// <summary>Measures that count a part of another measure's people, each no larger than it.</summary>
    public static IReadOnlyList<(Measure Part, Measure Whole)> Parts { get; } =
    [
        (Measure.Killed, Measure.Casualties),
        (Measure.Wounded, Measure.Casualties),
        (Measure.Missing, Measure.Casualties),
        (Measure.Captured, Measure.Casualties),
        (Measure.ReturnedToDuty, Measure.Wounded),
    ];

    /// <summary>At most this many part combinations are checked for one whole, so a crowded ledger stays quick.</summary>
    public const int MaxCombinations = 16;

    public static IReadOnlyList<ConsistencyFinding> CheckConsistency(IEnumerable<Claim> claims)
    {
        var all = claims.Where(c => c.Aggregate != Aggregate.Increment).ToArray();
        var findings = new List<ConsistencyFinding>();
        foreach (var whole in all)
        {
            var related = all.Where(c => !ReferenceEquals(c, whole) && Comparable(c, whole)).ToArray();
            if (Sums.TryGetValue(whole.Measure, out var addends))
                findings.AddRange(CheckSum(whole, addends, related.Where(c => ClaimMatching.SameQualifier(c, whole))));
            var parts = related.Where(c =>
                Parts.Contains((c.Measure, whole.Measure)) && ClaimMatching.SameQualifier(c, whole)
                || c.Measure == whole.Measure && whole.Subject.Qualifier is null && c.Subject.Qualifier is not null);
            foreach (var part in parts)
            {
                var bounds = Bounds.Of(part.Figure);
                if (bounds.IsAbove(Bounds.Of(whole.Figure)))
                    findings.Add(new ConsistencyFinding(ConsistencyVerdict.PartExceedsWhole, whole, [part], bounds));
            }
        }
        return findings;
    }

    /// <summary>Claims that can describe the same people: one side, same subject, overlapping time, compatible place.</summary>
    private static bool Comparable(Claim a, Claim b) =>
        ClaimMatching.SameSide(a, b) && ClaimMatching.SameSubject(a, b) && ClaimMatching.TimesOverlap(a, b) && ClaimMatching.PlacesCompatible(a, b);

    private static IEnumerable<ConsistencyFinding> CheckSum(Claim whole, ImmutableArray<Measure> addends, IEnumerable<Claim> related)
    {
        var candidates = addends.Select(m => related.Where(c => c.Measure == m).ToArray()).ToArray();
        if (candidates.Any(c => c.Length == 0)) yield break;
        var combinations = candidates.Aggregate(
            (IEnumerable<ImmutableArray<Claim>>)[[]],
            (acc, options) => acc.SelectMany(chosen => options.Select(o => chosen.Add(o))));
        var wholeBounds = Bounds.Of(whole.Figure);
        foreach (var parts in combinations.Take(MaxCombinations))
        {
            var sum = parts.Select(p => Bounds.Of(p.Figure)).Aggregate((a, b) => a.Plus(b));
            var verdict = sum.Overlaps(wholeBounds) ? ConsistencyVerdict.AddsUp
                : sum.IsAbove(wholeBounds) ? ConsistencyVerdict.PartsExceedWhole
                : ConsistencyVerdict.FallsShort;
            yield return new ConsistencyFinding(verdict, whole, parts, sum);
        }
    }
}
