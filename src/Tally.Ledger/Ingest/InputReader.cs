using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Tally.Reading;
using Tally.Time;

namespace Tally.Ledger.Ingest;

/// <summary>
/// One article read from an input, or why it could not be: <see cref="Origin"/> names the file, page
/// or feed item for the summary; <see cref="FetchedAt"/> is when it was read.
/// </summary>
public sealed record IngestItem(string Origin, ReadResult Result, DateTimeOffset FetchedAt);

/// <summary>
/// Turns what the user names into articles: a file, every file under a folder (recursively, hidden
/// ones skipped, in path order), a web page, or a feed (RSS or Atom) whose items carry their full
/// content or link to pages that are fetched. Never throws for a bad input: each failure is an item
/// with its reason, and the next input is read.
/// </summary>
public sealed class InputReader(HttpClient http, TimeProvider clock, ReadOptions? options = null)
{
    /// <summary>A feed item's content shorter than this is taken as a summary, and its page is fetched instead.</summary>
    public const int MinFullContentChars = 500;

    private static readonly string[] FeedMediaTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"];
    private readonly ReadOptions _options = options ?? new ReadOptions();

    public async IAsyncEnumerable<IngestItem> ReadAsync(string input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            await foreach (var item in ReadUrlAsync(uri, ct)) yield return item;
        }
        else if (Directory.Exists(input))
        {
            var files = Directory.EnumerateFiles(input, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) yield return Failed(input, LedgerErrors.EmptyFolder(input));
            foreach (var file in files) yield return ReadFile(file);
        }
        else if (File.Exists(input)) yield return ReadFile(input);
        else yield return Failed(input, LedgerErrors.NoSuchInput(input));
    }

    private IngestItem ReadFile(string path) => new(path, ArticleReader.ReadFile(path, _options), clock.GetUtcNow());

    private async IAsyncEnumerable<IngestItem> ReadUrlAsync(Uri uri, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (page, error) = await FetchAsync(uri, ct);
        if (page is null)
        {
            yield return Failed(uri.ToString(), error!);
            yield break;
        }
        if (!IsFeed(page))
        {
            yield return PageItem(uri.ToString(), page, _options);
            yield break;
        }
        var (feed, feedError) = LoadFeed(page.Text, uri);
        if (feed is null)
        {
            yield return Failed(uri.ToString(), feedError!);
            yield break;
        }
        var outlet = _options.Outlet ?? feed.Title?.Text?.Trim() ?? uri.Host;
        foreach (var entry in feed.Items)
            yield return await ReadFeedItemAsync(uri, entry, outlet, ct);
    }

    private static (SyndicationFeed? Feed, string? Error) LoadFeed(string xml, Uri uri)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            return (SyndicationFeed.Load(reader), null);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, LedgerErrors.BadFeed(uri.ToString(), e.Message));
        }
    }

    private async Task<IngestItem> ReadFeedItemAsync(Uri feedUri, SyndicationItem entry, string outlet, CancellationToken ct)
    {
        var link = entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
            ?? (Uri.TryCreate(entry.Id, UriKind.Absolute, out var id) && id.Scheme.StartsWith("http", StringComparison.Ordinal) ? id : null);
        var options = _options with
        {
            Outlet = outlet,
            Published = _options.Published ?? (entry.PublishDate != default ? PartialDate.OfDate(DateOnly.FromDateTime(entry.PublishDate.UtcDateTime)) : null),
            Format = ArticleFormat.Html,
        };
        var origin = link?.ToString() ?? $"{feedUri} item '{entry.Title?.Text}'";
        var title = entry.Title?.Text?.Trim();
        var content = FullContent(entry);
        if (content is not null && content.Length >= MinFullContentChars)
            return WithSource(new IngestItem(origin, ArticleReader.FromString(content, origin, options), clock.GetUtcNow()), link, title);
        if (link is null) return Failed(origin, LedgerErrors.FetchFailed(origin, "the feed item has neither full content nor a link"));
        var (page, error) = await FetchAsync(link, ct);
        return page is null ? Failed(origin, error!) : WithSource(PageItem(origin, page, options), link, title);
    }

    /// <summary>The item's full text where the feed carries it: Atom's content, or RSS's content:encoded.</summary>
    private static string? FullContent(SyndicationItem entry)
    {
        if (entry.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text)) return text.Text;
        var encoded = entry.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/");
        return encoded.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
    }

    private IngestItem PageItem(string origin, Page page, ReadOptions options)
    {
        var format = page.MediaType is "text/html" or "application/xhtml+xml" ? ArticleFormat.Html
            : page.MediaType is "text/plain" ? ArticleFormat.Text : options.Format;
        var result = ArticleReader.FromString(page.Text, NameFor(page.Uri), options with { Format = format });
        return WithSource(new IngestItem(origin, result, clock.GetUtcNow()), page.Uri, null);
    }

    /// <summary>Sets the URL (and title, where the feed gave one) the reader could not know.</summary>
    private static IngestItem WithSource(IngestItem item, Uri? url, string? title)
    {
        if (!item.Result.Success) return item;
        var article = item.Result.Article;
        var metadata = article.Metadata with { Url = url?.ToString() ?? article.Metadata.Url, Title = article.Metadata.Title ?? title };
        return item with { Result = ReadResult.Ok(article with { Metadata = metadata }) };
    }

    private static string NameFor(Uri uri) =>
        uri.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/') is { } last ? last : uri.Host;

    private sealed record Page(Uri Uri, string? MediaType, string Text);

    private async Task<(Page? Page, string? Error)> FetchAsync(Uri uri, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
                return (null, LedgerErrors.FetchFailed(uri.ToString(), $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > ArticleReader.MaxBytes)
                    return (null, LedgerErrors.FetchFailed(uri.ToString(), $"larger than {ArticleReader.MaxBytes:N0} bytes"));
            }
            var finalUri = response.RequestMessage?.RequestUri ?? uri;
            return (new Page(finalUri, response.Content.Headers.ContentType?.MediaType, Decode(buffer.ToArray(), response.Content.Headers.ContentType)), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return (null, LedgerErrors.FetchFailed(uri.ToString(), e.Message));
        }
    }

    /// <summary>The body in the charset the server names, UTF-8 when it names none or one this runtime lacks.</summary>
    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        Encoding encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try { encoding = Encoding.GetEncoding(charset.Trim('"')); }
            catch (ArgumentException) { encoding = Encoding.UTF8; }
        }
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static bool IsFeed(Page page)
    {
        if (page.MediaType is { } type && FeedMediaTypes.Contains(type)) return true;
        var head = page.Text.AsSpan().TrimStart();
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = head.IndexOf("?>", StringComparison.Ordinal);
            head = end < 0 ? head : head[(end + 2)..].TrimStart();
        }
        return head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf", StringComparison.OrdinalIgnoreCase);
    }

    private IngestItem Failed(string origin, string error) => new(origin, ReadResult.Fail(error), clock.GetUtcNow());
}
