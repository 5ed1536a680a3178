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
        Low = WithoutTrailingZeros(low);
        High = WithoutTrailingZeros(high);
    }

    public static CountRange Single(decimal value) => new(value, value);

    public decimal Low { get; }
    public decimal High { get; }
    public bool IsSingle => Low == High;

    // Trailing zeros from scaling ("1.2 million" is 1200000.0) would show in output; dividing by this one drops
    // them. A value with no decimals has none, and most counts are such, so they skip the division.
    private static decimal WithoutTrailingZeros(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
