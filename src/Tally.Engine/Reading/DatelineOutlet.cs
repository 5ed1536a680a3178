using System.Text.RegularExpressions;
using Tally.Text;

namespace Tally.Reading;

/// <summary>
/// The outlet a wire story names in its dateline: "KYIV, March 3, 2025 (Reuters) -", "NAYPYITAW (AP) —",
/// "MOSCOW, October 21. /TASS/." Read from the first lines only, and only where nothing else named the outlet:
/// a rewrite's own source line says who published the text, the dateline who wrote it first.
/// </summary>
internal static partial class DatelineOutlet
{
    /// <summary>How far into the text a dateline may start: past a title, a deck and a byline.</summary>
    private const int Reach = 600;

    public static string? Find(string body)
    {
        var head = body.Length > Reach ? body[..Reach] : body;
        var match = Dateline().Match(head);
        if (!match.Success) return null;
        // "(BNA)" in the dateline is the "Bosphorus News Agency (BNA)" the text spells out elsewhere, often in its footer.
        var outlet = match.Groups["outlet"].Value.Trim();
        return Acronyms.Expansion(body, outlet) ?? outlet;
    }

    // A line opening with a place in capitals ("MOSCOW/KYIV" for a story from two), then at most a country and a
    // date after commas, then the outlet in brackets before a dash, or between slashes before a full stop. AFP
    // also writes the place in title case with its country in brackets: "Kano (Nigeria) (AFP) -".
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu} .'/-]+(?:,[^\n(),]{1,40}){0,3}|\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2} \([^()\n]{2,40}\))[ ,.]*(?:\((?<outlet>[^()\n]{2,60})\)[ \t]*[-–—]|/(?<outlet>[^/\n]{2,40})/\.?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
