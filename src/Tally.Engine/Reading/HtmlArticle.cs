using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Tally.Documents;
using Tally.Time;

namespace Tally.Reading;

/// <summary>
/// Reads a news web page: the page's metadata (title, canonical URL, outlet, publication date) and
/// the article body, which SmartReader (a port of Mozilla's Readability) separates from navigation,
/// ads and footers. Paragraphs, headings and list items (after "- ") each become one line of text, and so
/// does each row of a data table, its figures paired with their column headers (<see cref="TableText"/>).
/// </summary>
internal static class HtmlArticle
{
    // Elements that start a new line; anything else is inline and flows into its neighbours.
    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "table", "tr",
        "td", "th", "caption", "address", "hr", "form", "fieldset", "details", "summary");

    // Never article text, even inside the article body.
    private static readonly FrozenSet<string> SkippedTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select", "textarea");

    // Page furniture dropped by the fallback when the readability pass finds no article (short pages).
    private static readonly FrozenSet<string> FurnitureTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "nav", "header", "footer", "aside", "form");

    // SmartReader needs an absolute URI to resolve links against; a file read from disk has none.
    private const string PlaceholderUri = "https://localhost/";

    public static (string Text, DocumentMetadata Found) Read(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var found = ReadMetadata(page);
        var body = ReadBody(page, found.Url);
        var text = body.Text.Length > 0 ? body.Text : BlockText(new HtmlParser().ParseDocument(html).Body, dropFurniture: true);
        return (text, found with
        {
            Title = found.Title ?? NonEmpty(body.Title) ?? NonEmpty(page.Title),
            Outlet = found.Outlet ?? NonEmpty(body.SiteName),
            Published = found.Published ?? (body.Published is { } d ? PartialDate.OfDate(DateOnly.FromDateTime(d)) : null),
        });
    }

    /// <summary>What the page says about itself; read before SmartReader, which rewrites the DOM.</summary>
    private static DocumentMetadata ReadMetadata(IHtmlDocument page)
    {
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
        return new DocumentMetadata
        {
            Title = Meta(page, "og:title") ?? JsonLdString(jsonLd, "headline"),
            Url = NonEmpty(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? Meta(page, "og:url"),
            Outlet = Meta(page, "og:site_name") ?? JsonLdString(jsonLd, "publisher", "name"),
            // JSON-LD before <time>: a page's first <time> may date a related story in a sidebar.
            Published = ParseDate(Meta(page, "article:published_time"))
                ?? ParseDate(JsonLdString(jsonLd, "datePublished"))
                ?? ParseDate(page.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content"))
                ?? ParseDate(page.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
        };
    }

    private static (string Text, string? Title, string? SiteName, DateTime? Published) ReadBody(IHtmlDocument page, string? url)
    {
        var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? u.AbsoluteUri : PlaceholderUri;
        var article = new Reader(uri, page).GetArticle();
        if (!article.Completed || string.IsNullOrEmpty(article.Content)) return ("", null, null, null);
        var content = new HtmlParser().ParseDocument(article.Content);
        return (BlockText(content.Body, dropFurniture: false), article.Title, article.SiteName, article.PublicationDate);
    }

    /// <summary>The text under <paramref name="root"/>, one line per block element, whitespace collapsed.</summary>
    internal static string BlockText(IElement? root, bool dropFurniture)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        if (root is not null) Walk(root, dropFurniture, line, text);
        Flush(line, text);
        return text.ToString().TrimEnd('\n');
    }

    private static void Walk(INode node, bool dropFurniture, StringBuilder line, StringBuilder text)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText t)
            {
                AppendCollapsed(t.Data, line);
                continue;
            }
            if (child is not IElement e || SkippedTags.Contains(e.LocalName) || e.HasAttribute("hidden")) continue;
            if (dropFurniture && FurnitureTags.Contains(e.LocalName)) continue;
            if (e.LocalName == "br")
            {
                Flush(line, text);
                continue;
            }
            // A data table's rows become list items that pair each figure with its column's header.
            if (e is IHtmlTableElement table && DataTable(table) is { } grid)
            {
                Flush(line, text);
                foreach (var row in TableText.Lines(grid)) text.Append(row).Append('\n');
                continue;
            }
            bool block = BlockTags.Contains(e.LocalName);
            if (block) Flush(line, text);
            // A list item keeps a bullet so that its line reads as part of a list (a source carries through lists).
            if (e.LocalName == "li") line.Append(Article.ListMarker);
            Walk(e, dropFurniture, line, text);
            // A heading over a table without a caption is its caption: it introduces the rows, its period theirs.
            if (e is IHtmlHeadingElement && e.NextElementSibling is IHtmlTableElement { Caption: null } next && DataTable(next) is not null)
            {
                while (line.Length > 0 && line[line.Length - 1] is ' ' or '.' or ':') line.Length--;
                if (line.Length > 0) line.Append(':');
            }
            if (block) Flush(line, text);
        }
    }

    // Spans beyond these are markup errors or tricks, not tables a reader could follow.
    private const int MaxColumnSpan = 50;
    private const int MaxRowSpan = 200;

    // Cell contents that make a table a page layout rather than data: whole blocks of text in cells.
    private const string LayoutContent = "table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, figure, p + p";

    /// <summary>
    /// The cells of a data table, row by row, with spanned cells placed at every column and row they cover (a
    /// body cell spanning columns only at its first, so that its figure is written once); null for a table used
    /// for layout (cells holding paragraphs, lists or tables) or with fewer than two columns. Header rows are the
    /// thead's, else the leading rows made only of th cells; a tfoot holds totals and is left out.
    /// </summary>
    private static TableGrid? DataTable(IHtmlTableElement table)
    {
        var rows = table.Rows.Where(r => r.ParentElement is not IHtmlTableSectionElement { LocalName: "tfoot" }).ToList();
        if (rows.Any(r => r.Cells.Any(c => c.QuerySelector(LayoutContent) is not null))) return null;
        var header = new List<IReadOnlyList<string>>();
        var body = new List<IReadOnlyList<string>>();
        var spanned = new HashSet<(int Row, int Column)>();
        // Cells spanning rows below the current one: their column, text and how many more rows they cover.
        var carried = new Dictionary<int, (string Text, int Rows)>();
        var fromAbove = new List<int>();
        foreach (var row in rows)
        {
            bool isHeader = body.Count == 0 && (row.ParentElement is IHtmlTableSectionElement { LocalName: "thead" }
                || row.Cells.Length > 0 && row.Cells.All(c => c.LocalName == "th"));
            var cells = new List<string>();
            fromAbove.Clear();
            foreach (var cell in row.Cells)
            {
                Carry(carried, cells, fromAbove);
                var content = CellText(cell);
                int across = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                int down = Math.Clamp(cell.RowSpan, 1, MaxRowSpan);
                for (int k = 0; k < across; k++)
                {
                    var text = k == 0 || isHeader ? content : "";
                    if (down > 1) carried[cells.Count] = (text, down - 1);
                    cells.Add(text);
                }
            }
            Carry(carried, cells, fromAbove, toEnd: true);
            if (!isHeader)
                foreach (int column in fromAbove) spanned.Add((body.Count, column));
            (isHeader ? header : body).Add(cells);
        }
        if (Math.Max(header.Count == 0 ? 0 : header.Max(r => r.Count), body.Count == 0 ? 0 : body.Max(r => r.Count)) < 2) return null;
        var caption = table.Caption is { } c ? CellText(c) : null;
        return new TableGrid(caption, header, body) { Spanned = spanned };
    }

    /// <summary>
    /// Fills the row's columns from its next one on that cells above span into, noting them in <paramref name="filled"/>;
    /// with <paramref name="toEnd"/>, up to the last such column, leaving columns no cell covers empty.
    /// </summary>
    private static void Carry(Dictionary<int, (string Text, int Rows)> carried, List<string> cells, List<int> filled, bool toEnd = false)
    {
        int end = toEnd && carried.Count > 0 ? carried.Keys.Max() + 1 : 0;
        while (true)
        {
            int column = cells.Count;
            if (carried.TryGetValue(column, out var above))
            {
                filled.Add(column);
                cells.Add(above.Text);
                if (above.Rows > 1) carried[column] = above with { Rows = above.Rows - 1 };
                else carried.Remove(column);
            }
            else if (column < end) cells.Add("");
            else return;
        }
    }

    /// <summary>A cell's words on one line: its block text, a line break a space.</summary>
    private static string CellText(IElement cell) => BlockText(cell, dropFurniture: false).Replace('\n', ' ');

    private static void AppendCollapsed(string s, StringBuilder line)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else line.Append(c);
        }
    }

    private static void Flush(StringBuilder line, StringBuilder text)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] == ' ') end--;
        // An item whose words all sit in a nested block leaves its bullet alone on a line.
        if (end > 0 && !(end == 1 && line[0] == Article.ListMarker[0])) text.Append(line, 0, end).Append('\n');
        line.Clear();
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        NonEmpty(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content"))
        ?? NonEmpty(page.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    /// <summary>The first string found at a property path in any JSON-LD block, searching nested objects and @graph arrays.</summary>
    private static string? JsonLdString(List<string> blocks, params string[] path)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        foreach (var block in blocks)
        {
            try
            {
                using var json = JsonDocument.Parse(block, options);
                if (Find(json.RootElement, path) is { } found) return found;
            }
            catch (JsonException)
            {
                // Pages ship broken JSON-LD often enough; it is metadata, so skip it rather than fail the article.
            }
        }
        return null;
    }

    private static string? Find(JsonElement element, string[] path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (Find(item, path) is { } inItem) return inItem;
                return null;
            case JsonValueKind.Object:
                if (Follow(element, path) is { } here) return here;
                foreach (var property in element.EnumerateObject())
                    if (Find(property.Value, path) is { } inside) return inside;
                return null;
            default:
                return null;
        }
    }

    private static string? Follow(JsonElement element, string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? NonEmpty(element.GetString()) : null;
    }

    /// <summary>
    /// The calendar date of an ISO timestamp as the publisher wrote it ("2025-03-04T23:30-05:00" is the 4th):
    /// the date in the outlet's own time zone is the one its text's "yesterday" counts from.
    /// </summary>
    internal static PartialDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length >= 10 && PartialDate.TryParse(s[..10], out var day)) return day;
        if (PartialDate.TryParse(s, out var partial)) return partial;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? PartialDate.OfDate(DateOnly.FromDateTime(parsed.DateTime))
            : null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
