using System.Diagnostics.CodeAnalysis;
using Tally.Documents;
using Tally.Time;

namespace Tally.Reading;

/// <summary>The input formats Tally reads.</summary>
public enum ArticleFormat
{
    /// <summary>Decide from the file extension, then from the content.</summary>
    Auto,
    Text,
    Markdown,
    Html,
}

/// <summary>What the user says about an input, overriding what the text says.</summary>
public sealed record ReadOptions(string? Outlet = null, PartialDate? Published = null, ArticleFormat Format = ArticleFormat.Auto);

/// <summary>Article text ready for the pipeline, and what was learned about it while reading.</summary>
public sealed record Article(string Text, DocumentMetadata Metadata)
{
    /// <summary>What readers put before a list item's line, so that the text stage sees a list.</summary>
    internal const string ListMarker = "- ";
}

/// <summary>Either an article or a one-line reason it could not be read; reading never throws on bad input.</summary>
public readonly record struct ReadResult(Article? Article, string? Error)
{
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Article is not null;

    public static ReadResult Ok(Article article) => new(article, null);
    public static ReadResult Fail(string error) => new(null, error);
}
