using System.Globalization;
using Tally.Claims;
using Tally.Documents;

namespace Tally.Numbers;

/// <summary>How a number was written.</summary>
public enum NumberForm : byte
{
    /// <summary>Digits, maybe with separators, decimals or a scale word: "3,500", "1.2 million".</summary>
    Digits,
    /// <summary>Spelled out: "five", "a dozen", "three hundred".</summary>
    Words,
    /// <summary>A vague amount read as a range: "dozens", "tens of thousands".</summary>
    Vague,
    /// <summary>Two numbers as an interval: "10,000 to 12,000", "between 11,000 and 12,000".</summary>
    Range,
    /// <summary>A fraction or percentage of a whole the text states: "a third of the 11,000".</summary>
    Fraction,
}

/// <summary>
/// A counting figure found in the text, before anyone decides what it counts. <see cref="Span"/>
/// covers the hedge and increment words too ("an additional 3,500"); <see cref="Core"/> only the
/// number itself ("3,500"). <see cref="Total"/> marks words that state a running total ("a total of").
/// <see cref="Currency"/> is the ISO 4217 code of a currency symbol or word written with the number
/// ("$1.2 billion", "5 million euros"), or null.
/// </summary>
public sealed record NumberMention(TextSpan Span, TextSpan Core, CountRange Value, Hedge Hedge, NumberForm Form, bool Increment, string? Currency = null, bool Total = false)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Value.Low}..{Value.High} {Hedge.Name()} {Form.ToString().ToLowerInvariant()}{(Increment ? " increment" : "")}");
}
