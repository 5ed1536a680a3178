using Tally.Documents;

namespace Tally.Places;

/// <summary>What sort of place a mention names.</summary>
public enum PlaceKind : byte
{
    Country,
    Region,
    City,
    Area,
}

/// <summary>A place named in the text, with the ISO 3166-1 alpha-2 code of the country it lies in.</summary>
public sealed record PlaceMention(TextSpan Span, string? Country, PlaceKind Kind);
