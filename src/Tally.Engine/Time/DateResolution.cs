namespace Tally.Time;

/// <summary>
/// How far date resolution may guess, like NodaTime's InZoneStrictly and InZoneLeniently. Neither mode
/// ever reads the clock: the only anchor is the publication date.
/// </summary>
public enum DateResolution
{
    /// <summary>
    /// Resolve only what the text and the publication date settle. Without a publication date, relative
    /// expressions ("yesterday", "last year") and dates without a year ("on December 17") keep their span
    /// with a null start and end; a month without a year also needs the publication month, to decide the year.
    /// </summary>
    Strict,

    /// <summary>
    /// As <see cref="Strict"/>, but a month or day without a year takes the publication year when only
    /// that is known, or else the last year written out earlier in the document ("in 2024 ... on December 17").
    /// Relative expressions still need the publication date.
    /// </summary>
    Lenient,
}
