namespace Tally.Documents;

/// <summary>
/// A half-open range of characters [Start, End) in a <see cref="TallyDocument"/>'s original text.
/// Never a copy of the text: every annotation, claim evidence and UI highlight points into the one string.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(end), $"Span [{start},{end}) is not a valid range.");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => End == Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Contains(int position) => position >= Start && position < End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"{Start}-{End}";
}
