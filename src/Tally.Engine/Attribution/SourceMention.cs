using System.Collections.Immutable;
using Tally.Claims;
using Tally.Documents;

namespace Tally.Attribution;

/// <summary>
/// A reporting frame: a source's words ("the ministry said", "according to Yu") and the stretch of text
/// its report covers. <see cref="Chain"/> runs from the one who made the figures to the last relay
/// before the outlet.
/// </summary>
public sealed record SourceMention(TextSpan Span, TextSpan Scope, ImmutableArray<Source> Chain, Modality Modality)
{
    public Source Source => Chain[0];
}
