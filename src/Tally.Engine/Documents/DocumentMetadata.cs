using Tally.Time;

namespace Tally.Documents;

/// <summary>
/// What is known about an article besides its text. The publication date anchors relative dates
/// ("last October"); it is a calendar date, not an instant, and never "now".
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>The document's id: the input file name without extension, or "stdin".</summary>
    public string Name { get; init; } = "document";
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public PartialDate? Published { get; init; }
}
