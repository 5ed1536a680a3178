using System.Collections.Frozen;
using Tally.Lexicons;

namespace Tally.Reading;

/// <summary>
/// The outlet an article's head names in its own lines: a masthead ("THE INDUS HERALD | Pakistan", "Caribbean
/// Live Desk | Last updated: 2 July 2024"), the line under a byline ("By Claudine Uwimana" over "Great Lakes
/// Weekly, 10 April 2025"), and the issuer above a press release's label ("INTER SERVICES PUBLIC RELATIONS" over
/// "PRESS RELEASE"). A masthead or byline name counts only when it ends in an outlet's word (outlet-words.txt),
/// since "Ibrahim Mahamat | 28.10.2024" is a reporter's byline in the same shape. Read from the first lines only.
/// </summary>
internal static class MastheadOutlet
{
    /// <summary>How many non-empty lines from the top are read.</summary>
    private const int LinesRead = 8;

    /// <summary>A line longer than this is body text, read as naming nothing.</summary>
    private const int MaxLineLength = 120;

    private const int MaxNameWords = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletWords =
        LexiconFile.Set("outlet-words.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] ReleaseLabels = ["PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "PRESS STATEMENT"];

    private static readonly string[] LinkWords = ["of", "the", "and", "for", "&"];

    public static string? Find(string body)
    {
        var lines = new List<string>(LinesRead);
        foreach (var raw in body.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            // A deck or a first paragraph between the head's lines is kept as a line that names nothing.
            lines.Add(line.Length > MaxLineLength ? "" : line.ToString());
            if (lines.Count == LinesRead) break;
        }
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // The issuer's name stands above the label, often in capitals.
            if (i > 0 && Array.Exists(ReleaseLabels, label => line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) && IsName(lines[i - 1]))
                return lines[i - 1];
            // "By Karim Haddad, Eastern Mediterranean Review", "By Oleh Petrenko, BBC News, Kyiv": an outlet
            // among the parts after the reporter's name.
            if (IsByline(line) && OutletInByline(line) is { } inByline) return inByline;
            // "Great Lakes Weekly, 10 April 2025" under "By Claudine Uwimana", or under a date line under it.
            int above = i > 1 && IsDateLine(lines[i - 1]) ? i - 2 : i - 1;
            if (above >= 0 && IsByline(lines[above]) && OutletName(BeforeDate(line)) is { } underByline) return underByline;
            // "THE INDUS HERALD | Pakistan", "Caribbean Live Desk | Last updated: …".
            int bar = line.IndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0 && OutletName(line[..bar]) is { } masthead) return masthead;
        }
        return null;
    }

    /// <summary>"By Claudine Uwimana", "by Olena Marchuk", "By Selamawit Haile-Mariam, Horn of Africa correspondent": a short line, not a sentence.</summary>
    private static bool IsByline(string line) =>
        line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && line.Length <= 80 && !line.EndsWith('.')
        && line.Length > 3 && char.IsUpper(line[3]);

    private static string? OutletInByline(string line)
    {
        foreach (var part in line.Split(", ").AsSpan(1))
            if (OutletName(part) is { } outlet) return outlet;
        return null;
    }

    /// <summary>"March 19, 2025 6:42 PM", "10.04.2025": a short line of a date and a time, with a digit and no sentence in it.</summary>
    private static bool IsDateLine(string line) =>
        line.Length <= 40 && line.AsSpan().ContainsAnyInRange('0', '9') && line.Split(' ').Length <= 6 && !line.EndsWith('.');

    /// <summary>The line up to a comma that a date follows ("Horn Review, 14 March 2025"), else the whole line.</summary>
    private static string BeforeDate(string line)
    {
        int comma = line.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && line.AsSpan(comma).ContainsAnyInRange('0', '9') ? line[..comma] : line;
    }

    /// <summary>The text when it is a short name whose last word is an outlet's ("Pacific Coast Press"), else null.</summary>
    private static string? OutletName(string text)
    {
        text = text.Trim();
        if (!IsName(text)) return null;
        var last = text.AsSpan(text.LastIndexOf(' ') + 1);
        return OutletWords.Contains(last) ? text : null;
    }

    /// <summary>One to six words, each capitalised or a linking word, with no sentence punctuation or digits.</summary>
    private static bool IsName(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.AsSpan().IndexOfAny(".,:;!?|\"0123456789") >= 0) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords
            && Array.TrueForAll(words, w => char.IsUpper(w[0]) || Array.Exists(LinkWords, l => l.Equals(w, StringComparison.OrdinalIgnoreCase)));
    }
}
