using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Tally.Documents;

namespace Tally.Reading;

/// <summary>
/// Reads a Markdown article as plain text: each paragraph, heading, list item (after "- ") or quote is one line;
/// emphasis markers, link and image syntax and inline HTML are dropped, keeping the words a reader sees.
/// A YAML front matter block is metadata (title, date, source), not text.
/// </summary>
internal static class MarkdownArticle
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

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
