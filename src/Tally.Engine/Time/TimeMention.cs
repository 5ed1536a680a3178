using Tally.Documents;

namespace Tally.Time;

/// <summary>
/// A date or period in the text ("on December 17", "last October", "since October"), resolved to an
/// interval of partial dates where an anchor allows; both null when it cannot be resolved.
/// <see cref="Since"/> marks open periods that make a figure a running total ("since October");
/// <see cref="Present"/> marks the present of writing ("now", "currently"), which such a period includes.
/// </summary>
public sealed record TimeMention(TextSpan Span, PartialDate? Start, PartialDate? End, bool Since = false, bool Present = false);
