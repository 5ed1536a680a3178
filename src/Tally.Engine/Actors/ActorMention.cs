using Tally.Documents;

namespace Tally.Actors;

/// <summary>How the text names a country.</summary>
public enum ActorForm : byte
{
    /// <summary>"North Korea", "Ukraine".</summary>
    Name,
    /// <summary>"North Korean", "Ukrainian".</summary>
    Demonym,
    /// <summary>"DPRK", "Pyongyang", "the Kremlin": another name or a capital used for the state.</summary>
    Alias,
}

/// <summary>A country named in the text, as a name, demonym or alias, possessive or not.</summary>
public sealed record ActorMention(TextSpan Span, string Country, ActorForm Form, bool Possessive = false);
