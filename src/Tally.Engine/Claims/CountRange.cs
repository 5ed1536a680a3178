namespace Tally.Claims;

/// <summary>
/// A figure as a closed interval [Low, High]; a single number has Low == High.
/// Invariant: 0 ≤ Low ≤ High, both finite.
/// </summary>
public readonly record struct CountRange
{
    public CountRange(decimal low, decimal high)
    {
        if (low < 0 || high < low)
            throw new ArgumentOutOfRangeException(nameof(high), $"[{low}, {high}] is not a count range.");
        // Trailing zeros from scaling ("1.2 million" is 1200000.0) would show in output; drop them.
        Low = low / 1.000000000000000000000000000000000m;
        High = high / 1.000000000000000000000000000000000m;
    }

    public static CountRange Single(decimal value) => new(value, value);

    public decimal Low { get; }
    public decimal High { get; }
    public bool IsSingle => Low == High;

    /// <summary>
    /// The interval a hedge allows (CLAIMS.md, "Conflicts"): approx widens by 10% each way,
    /// at_least opens upward, at_most downward.
    /// </summary>
    public (decimal Low, decimal High) Widened(Hedge hedge) => hedge switch
    {
        Hedge.Approx => (Low * 0.9m, High * 1.1m),
        Hedge.AtLeast => (Low, decimal.MaxValue),
        Hedge.AtMost => (0, High),
        _ => (Low, High),
    };
}
