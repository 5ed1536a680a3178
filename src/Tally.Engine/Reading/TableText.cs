using System.Collections.Frozen;
using Tally.Lexicons;

namespace Tally.Reading;

/// <summary>
/// A table as a reader found it: an optional caption, the header rows and the body rows, each row the plain text
/// of its cells in column order. Rows may be ragged; <see cref="Header"/> is empty when the table has none.
/// <see cref="Spanned"/> holds the (row, column) of body cells repeated from a cell above that spans rows.
/// </summary>
internal sealed record TableGrid(string? Caption, IReadOnlyList<IReadOnlyList<string>> Header, IReadOnlyList<IReadOnlyList<string>> Body)
{
    public IReadOnlySet<(int Row, int Column)> Spanned { get; init; } = new HashSet<(int, int)>();
}

/// <summary>
/// Writes a data table as lines that the later stages read like a report list: the caption as a line that
/// introduces a list (it ends in a colon), then one list item per body row, pairing each figure cell with its
/// column's header: "- 9 Feb, in Bijapur: Maoists killed: 31; Security personnel killed: 2; according to Bijapur
/// police". The row's key comes first: its date and place cells (by their headers, table-labels.tsv) and the
/// first column when it names the row. A source column becomes "according to" its cell. Total rows and columns
/// are left out, since their figures restate the others, and so are blank cells ("–", "n/a"). Ragged rows and tables
/// without a header are written as far as they go. Stateless and thread-safe.
/// </summary>
internal static class TableText
{
    private enum Role { None, Date, Place, Source, Skip, Total, Blank }

    private static readonly FrozenDictionary<string, Role> LabelRoles = LexiconFile.Rows("table-labels.tsv")
        .Where(r => r.Length >= 2)
        .ToFrozenDictionary(r => r[0], r => Enum.Parse<Role>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> Labels = LabelRoles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Labels are matched as a cell's first words; none is longer than this many characters.
    private static readonly int LongestLabel = LabelRoles.Keys.Max(k => k.Length);

    /// <summary>The lines that stand for <paramref name="table"/> in the article text, without line breaks.</summary>
    public static IEnumerable<string> Lines(TableGrid table)
    {
        table = WithHeaderRow(table);
        var rows = Enumerable.Range(0, table.Body.Count)
            .Where(r => table.Body[r].Any(c => !IsBlank(c)) && RoleOf(FirstCell(table.Body[r])) != Role.Total).ToList();
        if (rows.Count == 0) yield break;
        if (table.Caption is { Length: > 0 } caption) yield return caption.TrimEnd('.', ':', ' ') + ":";
        int width = Math.Max(table.Header.Count == 0 ? 0 : table.Header.Max(r => r.Count), rows.Max(r => table.Body[r].Count));
        var headers = Enumerable.Range(0, width).Select(c => HeaderOf(table.Header, c)).ToArray();
        var roles = headers.Select(ColumnRole).ToArray();
        foreach (int r in rows)
            yield return table.Header.Count == 0 ? Article.ListMarker + string.Join("; ", table.Body[r].Where(c => !IsBlank(c))) : RowLine(table, r, headers, roles);
    }

    /// <summary>
    /// A table whose header is not marked as one (bold td cells, pipe rows without a rule line) shows it anyway: a
    /// first row of words only over rows with figures. That row is taken as the header.
    /// </summary>
    private static TableGrid WithHeaderRow(TableGrid table)
    {
        if (table.Header.Count > 0 || table.Body.Count < 2 || table.Body[0].Count(c => !IsBlank(c)) < 2 || table.Body[0].Any(StartsWithFigure)
            || !table.Body.Skip(1).Any(r => r.Skip(1).Any(StartsWithFigure)))
            return table;
        return new TableGrid(table.Caption, [table.Body[0]], table.Body.Skip(1).ToList())
        {
            Spanned = table.Spanned.Where(s => s.Row > 0).Select(s => (s.Row - 1, s.Column)).ToHashSet(),
        };
    }

    /// <summary>"- key: Header: cell; Header: cell; according to source".</summary>
    private static string RowLine(TableGrid table, int r, string[] headers, Role[] roles)
    {
        var row = table.Body[r];
        var key = new List<string>();
        var pairs = new List<string>();
        var sources = new List<string>();
        for (int c = 0; c < row.Count; c++)
        {
            var cell = row[c];
            if (IsBlank(cell)) continue;
            switch (roles[c])
            {
                // A total column restates the row's other figures.
                case Role.Skip or Role.Total:
                    break;
                case Role.Source:
                    sources.Add(cell);
                    break;
                // "in" makes a bare name a place where the figures hold, as the claim stage reads places.
                case Role.Place:
                    key.Add(char.IsUpper(cell[0]) ? "in " + cell : cell);
                    break;
                // The first column names the row unless it holds figures of its own.
                case Role.Date:
                case Role.None when c == 0 && headers.Length > 1 && !StartsWithFigure(cell):
                    key.Add(cell);
                    break;
                // A figure spanning rows is one figure for them all, written in the first only; a key or source
                // spanning rows is each row's.
                default:
                    if (!table.Spanned.Contains((r, c))) pairs.Add(headers[c].Length > 0 ? headers[c] + ": " + cell : cell);
                    break;
            }
        }
        var line = string.Join(", ", key);
        if (pairs.Count > 0) line += (line.Length > 0 ? ": " : "") + string.Join("; ", pairs);
        if (sources.Count > 0) line += (line.Length > 0 ? "; according to " : "According to ") + string.Join(" and ", sources);
        return Article.ListMarker + line;
    }

    /// <summary>A column's header: its cells in every header row, top to bottom, a cell spanning header rows said once.</summary>
    private static string HeaderOf(IReadOnlyList<IReadOnlyList<string>> header, int column)
    {
        var words = new List<string>();
        foreach (var row in header)
            if (column < row.Count && row[column].Trim().TrimEnd(':', '*').Trim() is { Length: > 0 } cell && (words.Count == 0 || words[^1] != cell))
                words.Add(cell);
        return string.Join(" ", words);
    }

    private static string FirstCell(IReadOnlyList<string> row) => row.FirstOrDefault(c => !IsBlank(c)) ?? "";

    /// <summary>Whether a cell gives nothing: empty, only dashes and dots, or a word for no figure ("n/a").</summary>
    private static bool IsBlank(string cell) =>
        !cell.Any(char.IsLetterOrDigit) || Labels.TryGetValue(cell.AsSpan().Trim(), out var role) && role == Role.Blank;

    private static bool StartsWithFigure(string cell) => cell.TrimStart('~', '+', '>', '<', '$', '€', '£', ' ') is { Length: > 0 } s && char.IsAsciiDigit(s[0]);

    /// <summary>A column's role by its header; only a header that is a total label heads a total column ("Total", not "Total killed").</summary>
    private static Role ColumnRole(string header) =>
        RoleOf(header) is var role && (role != Role.Total || Labels.ContainsKey(header.AsSpan().Trim())) ? role : Role.None;

    /// <summary>The role of a header or cell: its label, or the longest label it starts with before a non-letter.</summary>
    private static Role RoleOf(string text)
    {
        var s = text.Trim();
        for (int length = Math.Min(s.Length, LongestLabel); length > 0; length--)
            if ((length == s.Length || !char.IsLetter(s[length])) && Labels.TryGetValue(s.AsSpan(0, length), out var role))
                return role;
        return Role.None;
    }
}
