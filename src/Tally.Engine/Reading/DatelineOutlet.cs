using System.Text.RegularExpressions;

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
        return match.Success ? Expanded(body, match.Groups["outlet"].Value.Trim()) : null;
    }

    /// <summary>
    /// "(BNA)" in the dateline is the "Bosphorus News Agency (BNA)" the text spells out elsewhere, often in its
    /// footer: the outlet goes by its full name where the text gives one.
    /// </summary>
    private static string Expanded(string body, string outlet)
    {
        if (outlet.Length is < 2 or > 6 || outlet.Any(c => !char.IsUpper(c))) return outlet;
        // As many capitalised words as the acronym has letters, small linking words allowed between them, whose
        // initials spell it.
        string word = @"\p{Lu}[\p{L}'-]*";
        try
        {
            var spelled = Regex.Match(body, $@"((?:{word}(?:\s+(?:of|the|and|for))*\s+){{{outlet.Length - 1}}}{word})\s+\({Regex.Escape(outlet)}\)",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!spelled.Success) return outlet;
            // The words' initials spell the acronym: "Kabul Police (AP)" is no expansion of AP.
            var initials = string.Concat(spelled.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            return initials == outlet ? spelled.Groups[1].Value : outlet;
        }
        catch (RegexMatchTimeoutException)
        {
            return outlet;
        }
    }

    // A line opening with a place in capitals ("MOSCOW/KYIV" for a story from two), then at most a country and a
    // date after commas, then the outlet in brackets before a dash, or between slashes before a full stop.
    [GeneratedRegex(@"(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'/-]+(?:,[^\n(),]{1,40}){0,3}[ ,.]*(?:\((?<outlet>[^()\n]{2,60})\)[ \t]*[-–—]|/(?<outlet>[^/\n]{2,40})/\.?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
