using System.Text.RegularExpressions;
using Tally.Documents;

namespace Tally.Reading;

/// <summary>
/// What a plain-text article says about itself: a short first line without a final full stop is its
/// title, and a closing "Source: X", "Original Source: X" or "Published in X, 27 August 2024" line names the outlet and
/// is not article text.
/// </summary>
internal static partial class PlainTextArticle
{
    private const int MaxTitleLength = 150;
    private const int MaxSourceLineLength = 100;

    public static (string Text, DocumentMetadata Found) Read(string text)
    {
        var (body, outlet) = SplitSourceLine(text);
        return (body, new DocumentMetadata { Outlet = outlet, Title = Title(body) });
    }

    /// <summary>The text without a closing source line, and the outlet that line names (or null and the text unchanged).</summary>
    public static (string Text, string? Outlet) SplitSourceLine(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        int start = trimmed.LastIndexOf('\n') + 1;
        var last = trimmed[start..].Trim();
        // Only a line after some article text: a one-line "Source: ..." document is its own text.
        if (start == 0 || last.Length > MaxSourceLineLength) return (text, null);
        var match = SourceLine().Match(last.ToString());
        if (!match.Success) return (text, null);
        // One copy of the body, trimmed on the span first: the article is most of the text.
        return (text[..text.AsSpan(0, start).TrimEnd().Length], OutletNamed(match.Groups["outlet"].Value.TrimEnd('.', ' ')));
    }

    /// <summary>
    /// The outlet a source line names: the name before its web address, the last of a list ("The World at One
    /// transcripts, Harbour Radio (harbourradio.example)"), with what follows the address ("…, with AFP") dropped.
    /// </summary>
    private static string OutletNamed(string line)
    {
        var web = WebAddress().Match(line);
        if (!web.Success) return line;
        var name = line[..web.Index].TrimEnd();
        int comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        return comma >= 0 ? name[(comma + 2)..] : name;
    }

    [GeneratedRegex(@"\s*\([\w-]+(?:\.[\w-]+)+/?\)", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    private static string? Title(string text)
    {
        var body = text.AsSpan().TrimStart();
        int end = body.IndexOf('\n');
        if (end < 0) return null;
        var first = body[..end].Trim();
        return first.Length is > 0 and <= MaxTitleLength && first[^1] != '.' ? first.ToString() : null;
    }

    // "Source: Eastbound Live (eastbound.live)": the outlet is the name; its web address in brackets is not (OutletNamed).
    // A newspaper's footer names itself and the print date: "Published in Dawn, August 27th, 2024".
    [GeneratedRegex(@"^(?:(?:Original\s+)?Source\s*:\s*(?<outlet>\S.*?)|Published\s+in\s+(?<outlet>\p{Lu}[^,]*?)(?:,[^,]*(?:,\s*)?\d{4})?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();
}
