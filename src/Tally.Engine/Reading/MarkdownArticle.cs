using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Tally.Documents;

namespace Tally.Reading;

/// <summary>
/// Reads a Markdown article as plain text: each paragraph, heading, list item (after "- ") or quote is one line;
/// emphasis markers, link and image syntax and inline HTML are dropped, keeping the words a reader sees.
/// A pipe table's rows become list items that pair each figure with its column's header (<see cref="TableText"/>),
/// and a heading right above it introduces them as a caption does.
/// A YAML front matter block is metadata (title, date, source), not text.
/// </summary>
internal static class MarkdownArticle
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public static (string Text, DocumentMetadata Found) Read(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder();
        var found = new DocumentMetadata();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    found = FrontMatter(yaml);
                    break;
                case Table table:
                    foreach (var line in TableText.Lines(Grid(table))) AppendLine(text, line);
                    break;
                // A cell's words are written with its table.
                case ParagraphBlock when block.Parent is TableCell:
                    break;
                // Pipe rows without the header's rule line are no Markdown table, but still a table's rows.
                case ParagraphBlock paragraph when PipeRows(markdown, paragraph) is { } rows:
                    foreach (var line in TableText.Lines(new TableGrid(null, [], rows))) AppendLine(text, line);
                    break;
                // A heading over a table is its caption: it introduces the rows, its period and source theirs.
                case HeadingBlock heading when heading.Inline is { } inline && HeadsTable(markdown, heading):
                    AppendLine(text, InlineText(inline).TrimEnd('.', ':', ' ') + ":");
                    break;
                case HeadingBlock or ParagraphBlock when ((LeafBlock)block).Inline is { } inline:
                    // A list item keeps a bullet so that its line reads as part of a list (a source carries through lists).
                    AppendLine(text, block.Parent is ListItemBlock ? Article.ListMarker + InlineText(inline) : InlineText(inline));
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count)) AppendLine(text, line.ToString());
                    break;
            }
        }
        return (text.ToString().TrimEnd('\n'), found);
    }

    /// <summary>Whether the block right after <paramref name="heading"/> is a table, with or without the header's rule line.</summary>
    private static bool HeadsTable(string markdown, HeadingBlock heading)
    {
        if (heading.Parent is not { } parent) return false;
        int at = parent.IndexOf(heading);
        return at + 1 < parent.Count && parent[at + 1] switch
        {
            Table => true,
            ParagraphBlock paragraph => PipeRows(markdown, paragraph) is not null,
            _ => false,
        };
    }

    /// <summary>The table's rows as cell text: the header row first, each cell at its column.</summary>
    private static TableGrid Grid(Table table)
    {
        var header = new List<IReadOnlyList<string>>();
        var body = new List<IReadOnlyList<string>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.OfType<TableCell>())
            {
                while (cells.Count < cell.ColumnIndex) cells.Add("");
                cells.Add(string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => p.Inline is { } inline ? InlineText(inline).Trim() : "")));
            }
            (row.IsHeader ? header : body).Add(cells);
        }
        return new TableGrid(null, header, body);
    }

    /// <summary>The cells of a paragraph whose every line is a pipe row ("| Gaza | 31 |"), or null; read from its source text.</summary>
    private static List<IReadOnlyList<string>>? PipeRows(string markdown, ParagraphBlock paragraph)
    {
        // Most paragraphs are prose: one look at the first character tells.
        if (paragraph.Span.IsEmpty || paragraph.Span.End >= markdown.Length || markdown[paragraph.Span.Start] != '|') return null;
        var lines = markdown[paragraph.Span.Start..(paragraph.Span.End + 1)].Split('\n').Select(l => l.Trim()).ToList();
        if (!lines.All(l => l.Length > 1 && l[0] == '|' && l[^1] == '|')) return null;
        return [.. lines.Select(l => (IReadOnlyList<string>)[.. SplitPipes(l[1..^1]).Select(CellText)])];
    }

    /// <summary>A pipe row's cells as written: split at each pipe not escaped as "\|".</summary>
    private static IEnumerable<string> SplitPipes(string row)
    {
        var cell = new StringBuilder();
        for (int i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|') cell.Append(row[++i]);
            else if (row[i] == '|')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else cell.Append(row[i]);
        }
        yield return cell.ToString();
    }

    /// <summary>A cell's Markdown as the words a reader sees.</summary>
    private static string CellText(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>().FirstOrDefault()?.Inline is { } inline ? InlineText(inline).Trim() : "";

    private static void AppendLine(StringBuilder text, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 0) text.Append(trimmed).Append('\n');
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        AppendInlines(container, sb);
        return sb.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    sb.Append(link.Url);
                    break;
                // A paragraph is one line in Tally's text, so a line break inside it is a space.
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case ContainerInline children:
                    AppendInlines(children, sb);
                    break;
            }
        }
    }

    /// <summary>The few front matter keys that say what the article is; other keys are ignored.</summary>
    private static DocumentMetadata FrontMatter(YamlFrontMatterBlock yaml)
    {
        var found = new DocumentMetadata();
        foreach (var line in yaml.Lines.Lines.Take(yaml.Lines.Count))
        {
            var s = line.ToString();
            int colon = s.IndexOf(':');
            if (colon <= 0) continue;
            var value = s[(colon + 1)..].Trim().Trim('"', '\'');
            if (value.Length == 0) continue;
            found = s[..colon].Trim().ToLowerInvariant() switch
            {
                "title" => found with { Title = value },
                "date" or "published" => found with { Published = HtmlArticle.ParseDate(value) },
                "source" or "outlet" or "site" => found with { Outlet = value },
                "url" or "canonical" => found with { Url = value },
                _ => found,
            };
        }
        return found;
    }
}
