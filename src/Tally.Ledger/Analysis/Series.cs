using System.Collections.Immutable;
using Tally.Claims;

namespace Tally.Ledger.Analysis;

/// <summary>A claim with the day it is plotted at: the end of its own time, else its publication day.</summary>
public sealed record DatedClaim(Claim Claim, DateOnly? Day);

/// <summary>
/// One figure of a series: the day, the stated interval, and the interval its hedge allows
/// (<see cref="Allowed"/>, open upward for "at least"), drawn as an error bar.
/// </summary>
public sealed record SeriesPoint(DateOnly Day, decimal Low, decimal High, Hedge Hedge, Bounds Allowed, Claim Claim)
{
    /// <summary>The value a chart plots: the middle of the stated interval.</summary>
    public decimal Value => (Low + High) / 2;
}

/// <summary>One first source's figures for a measure and actor, oldest first.</summary>
public sealed record SeriesLine(string Source, string? Country, ImmutableArray<SeriesPoint> Points);

/// <summary>The lines of a series, and how many claims could not be placed on them and why.</summary>
public sealed record SeriesResult(Measure Measure, string? Actor, ImmutableArray<SeriesLine> Lines, int Undated, int Increments);

/// <summary>
/// Figures over time, one line per first source, as a pure function over claims. Increments are left
/// out (an "additional 3,500" is not a level), and so are claims with no day.
/// </summary>
public static class Series
{
    public static SeriesResult BuildSeries(IEnumerable<DatedClaim> claims, Measure measure, string? actor)
    {
        int undated = 0, increments = 0;
        var points = new List<(string Source, string? Country, SeriesPoint Point)>();
        foreach (var (claim, day) in claims)
        {
            if (claim.Measure != measure || actor is not null && claim.Subject.Actor != actor) continue;
            if (claim.Aggregate == Aggregate.Increment) { increments++; continue; }
            if (day is not { } d) { undated++; continue; }
            var first = ClaimMatching.FirstSource(claim);
            var v = claim.Figure.Value;
            points.Add((first?.Name ?? "(unattributed)", first?.Country,
                new SeriesPoint(d, v.Low, v.High, claim.Figure.Hedge, Bounds.Of(claim.Figure), claim)));
        }
        var lines = points
            .GroupBy(p => p.Source, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SeriesLine(g.First().Source, g.First().Country, [.. g.Select(p => p.Point).OrderBy(p => p.Day)]))
            .OrderByDescending(l => l.Points.Length).ThenBy(l => l.Source, StringComparer.Ordinal);
        return new SeriesResult(measure, actor, [.. lines], undated, increments);
    }
}
