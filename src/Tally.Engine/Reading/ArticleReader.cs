using Tally.Time;
using System.Text;
using Tally.Documents;

namespace Tally.Reading;

/// <summary>
/// Turns a file or stream into an <see cref="Article"/>: checks it is text (not binary, valid UTF-8,
/// not empty, not huge) and returns a one-line error otherwise, then reads it as plain text, Markdown
/// or HTML into article text and metadata. Stateless and thread-safe.
/// </summary>
public static class ArticleReader
{
    /// <summary>Inputs above this size are refused: no news article is this long.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        if (Directory.Exists(path)) return ReadResult.Fail(TallyErrors.IsDirectory(path));
        if (!File.Exists(path)) return ReadResult.Fail(TallyErrors.FileNotFound(path));
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes) return ReadResult.Fail(TallyErrors.TooLarge(path, info.Length, MaxBytes));
            return FromBytes(File.ReadAllBytes(path), path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(TallyErrors.Unreadable(path, e.Message));
        }
    }

    public static ReadResult ReadStream(Stream stream, string name, ReadOptions? options = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxBytes) return ReadResult.Fail(TallyErrors.TooLarge(name, buffer.Length, MaxBytes));
        }
        return FromBytes(buffer.ToArray(), name, options);
    }

    public static ReadResult FromBytes(byte[] bytes, string name, ReadOptions? options = null)
    {
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return ReadResult.Fail(TallyErrors.Binary(name));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return ReadResult.Fail(TallyErrors.InvalidUtf8(name, e.Index));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return FromString(text, name, options);
    }

    /// <summary>
    /// Reads an article already decoded: detects its format unless <see cref="ReadOptions.Format"/> names one,
    /// takes the article text and metadata out of it, and applies the user's overrides. The returned text is
    /// what the pipeline sees, so evidence offsets point into it.
    /// </summary>
    public static ReadResult FromString(string text, string name, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(TallyErrors.Empty(name));
        var format = options.Format == ArticleFormat.Auto ? ArticleFormats.Detect(name, text) : options.Format;
        string body;
        DocumentMetadata found;
        switch (format)
        {
            case ArticleFormat.Html:
                try
                {
                    (body, found) = HtmlArticle.Read(text);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The parser and extractor are third-party code facing arbitrary pages; reading never throws.
                    return ReadResult.Fail(TallyErrors.BadHtml(name, $"{e.GetType().Name}: {e.Message}"));
                }
                break;
            case ArticleFormat.Markdown:
                (body, found) = MarkdownArticle.Read(text);
                // Markdown articles copied from sites end with the same closing source line as plain text.
                (body, var outlet) = PlainTextArticle.SplitSourceLine(body);
                found = found with { Outlet = found.Outlet ?? outlet };
                break;
            default:
                (body, found) = PlainTextArticle.Read(text);
                break;
        }
        if (string.IsNullOrWhiteSpace(body)) return ReadResult.Fail(TallyErrors.Empty(name));
        var metadata = found with
        {
            Name = DocumentName(name),
            Outlet = options.Outlet ?? found.Outlet ?? MastheadOutlet.Find(body) ?? DatelineOutlet.Find(body),
            Published = options.Published ?? found.Published ?? PublishedInText(body),
        };
        return ReadResult.Ok(new Article(body, metadata));
    }

    /// <summary>A "Published: 3 March 2025" line or a dated dateline near the top, when nothing else gives the date.</summary>
    private static PartialDate? PublishedInText(string body) =>
        PublicationDateFinder.TryFind(body, out var date, out _) ? date : null;

    /// <summary>The document id CLAIMS.md asks for: the file name without its extension.</summary>
    public static string DocumentName(string path) =>
        path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path.TrimEnd('/', '\\')) is { Length: > 0 } n ? n : "document";
}
