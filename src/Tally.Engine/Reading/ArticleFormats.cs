using System.Text.RegularExpressions;

namespace Tally.Reading;

/// <summary>Decides how to read an input: by its file extension, else by sniffing its first characters.</summary>
public static partial class ArticleFormats
{
    // Sniffing looks only at the head of a file: a page or a Markdown article shows its kind early.
    private const int SniffChars = 16 * 1024;

    /// <summary>The format of <paramref name="text"/> named <paramref name="name"/>; never <see cref="ArticleFormat.Auto"/>.</summary>
    public static ArticleFormat Detect(string name, string text) =>
        Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => ArticleFormat.Html,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".txt" => ArticleFormat.Text,
            _ => Sniff(text),
        };

    /// <summary>The format the content looks like, for stdin and files without a known extension.</summary>
    public static ArticleFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars));
        var start = head.TrimStart();
        if (start.StartsWith("<") && HtmlMarker().IsMatch(head)) return ArticleFormat.Html;
        // Only unambiguous Markdown: plain news text has no "## " lines, [text](url) links, **bold** or pipe tables'
        // header rules ("|---|---|").
        return MarkdownMarker().IsMatch(head) ? ArticleFormat.Markdown : ArticleFormat.Text;
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarker();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^```|^\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownMarker();
}
