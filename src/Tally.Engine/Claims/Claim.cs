using System.Collections.Immutable;
using Tally.Attribution;
using Tally.Documents;
using Tally.Time;

namespace Tally.Claims;

/// <summary>
/// What is counted: whose people or things, of which kind. <see cref="Actor"/> is one ISO 3166-1
/// alpha-2 code or several joined by '+' in code order ("KP+RU"), or null when the text names nobody.
/// </summary>
public sealed record Subject(string? Actor, string Kind, string Text, string? Qualifier = null);

/// <summary>A number as the text gives it: its interval, its hedge and the words, hedge included.</summary>
public sealed record Figure(CountRange Value, Hedge Hedge, string Text);

/// <summary>When a figure holds: the words, and ISO dates where they resolve (null where they do not).</summary>
public sealed record TimeRef(string Text, PartialDate? Start, PartialDate? End);

/// <summary>Where a figure holds: the words and the country they lie in.</summary>
public sealed record PlaceRef(string Text, string? Country);

/// <summary>
/// One reported figure (CLAIMS.md, "One claim"). <see cref="AccordingTo"/> runs from the one who made
/// the figure to the outlet; <see cref="Evidence"/> holds every sentence of the document stating it.
/// </summary>
public sealed record Claim(
    Measure Measure,
    Subject Subject,
    Figure Figure,
    Aggregate Aggregate,
    TimeRef? Time,
    PlaceRef? Place,
    ImmutableArray<Source> AccordingTo,
    Modality Modality,
    ImmutableArray<TextSpan> Evidence)
{
    /// <summary>The number's own characters, inside the first evidence sentence.</summary>
    public TextSpan Anchor { get; init; }

    /// <summary>
    /// Whether the text names the figure as one already given ("the figure of 44 police officers killed"): it
    /// adds evidence to that claim, whoever the sentence credits, and makes no claim of its own.
    /// </summary>
    internal bool Restatement { get; init; }
}
