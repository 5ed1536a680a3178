using Tally.Claims;

namespace Tally.Ledger.Analysis;

/// <summary>
/// The values a hedged figure allows, as a closed interval that may be open-ended (null bound).
/// Sums saturate instead of overflowing: an "at least" part makes a sum open upward.
/// </summary>
public readonly record struct Bounds(decimal Low, decimal? High)
{
    /// <summary>
    /// How far "approx" reaches each way. CLAIMS.md says approx "widens by 10% each way", but its own
    /// example (about 4,000 against about 3,600, a conflict) overlaps at 10% each way ([3,600, 4,400]
    /// against [3,240, 3,960]) and is a conflict only when the 10% is the whole width: 5% each way.
    /// We follow the example; this is the one place the tolerance is defined.
    /// </summary>
    public const decimal ApproxTolerance = 0.05m;

    /// <summary>The interval a figure's hedge allows (CLAIMS.md, "Conflicts and consistency").</summary>
    public static Bounds Of(Figure figure)
    {
        var v = figure.Value;
        return figure.Hedge switch
        {
            Hedge.Approx => new(v.Low * (1 - ApproxTolerance), v.High * (1 + ApproxTolerance)),
            Hedge.AtLeast => new(v.Low, null),
            Hedge.AtMost => new(0, v.High),
            _ => new(v.Low, v.High),
        };
    }

    public bool Overlaps(Bounds other) =>
        (High is not { } h || other.Low <= h) && (other.High is not { } oh || Low <= oh);

    /// <summary>Whether every value here is above every value of <paramref name="other"/>.</summary>
    public bool IsAbove(Bounds other) => other.High is { } oh && Low > oh;

    public Bounds Plus(Bounds other) => new(
        SaturatingAdd(Low, other.Low),
        High is { } h && other.High is { } oh ? SaturatingAdd(h, oh) : null);

    private static decimal SaturatingAdd(decimal a, decimal b) => a > decimal.MaxValue - b ? decimal.MaxValue : a + b;
}
