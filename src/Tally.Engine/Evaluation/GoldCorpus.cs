using System.Collections.Immutable;
using Tally.Pipeline;
using Tally.Reading;

namespace Tally.Evaluation;

/// <summary>
/// Gold claims with the article file of each gold document, ready to run an extractor over and
/// score. Every document in <see cref="Articles"/> is scored; one with no gold claims counts all its
/// predictions as extras. Immutable.
/// </summary>
/// <example><code>
/// var corpus = GoldCorpus.Load("corpus/dev");
/// var result = corpus.Value!.Evaluate(TallyPipeline.Default).Value!;
/// Console.WriteLine(result.Figures);   // P 0.812 R 0.700 F 0.752 (tp ..., fp ..., fn ...)
/// </code></example>
public sealed record GoldCorpus(ImmutableArray<GoldClaim> Gold, ImmutableSortedDictionary<string, string> Articles)
{
    /// <summary>The extensions an article beside its gold may have, in the order they are tried.</summary>
    public static readonly ImmutableArray<string> ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>
    /// Gold from a .jsonl file or from every *.jsonl in a folder, each document's article being the
    /// file named after it (or, for a gold file of one document, after the gold file) in
    /// <paramref name="articleDir"/>, or else beside its gold file. A gold file with no lines is one
    /// document, named after the file, that has no claims.
    /// </summary>
    public static LoadResult<GoldCorpus> Load(string goldPath, string? articleDir = null)
    {
        var files = ReadGoldFiles(goldPath);
        if (!files.Success) return LoadResult<GoldCorpus>.Fail(files.Error);
        var articles = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (file, gold) in files.Value)
        {
            var folder = articleDir ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
            var fileName = Path.GetFileNameWithoutExtension(file);
            var docs = gold.Select(g => g.Doc).Distinct().ToList();
            if (docs.Count == 0) docs.Add(fileName);
            foreach (var doc in docs)
            {
                var article = FindArticle(folder, doc) ?? (docs.Count == 1 ? FindArticle(folder, fileName) : null);
                if (article is null) return LoadResult<GoldCorpus>.Fail(TallyErrors.NoArticle(doc, file, folder));
                articles[doc] = article;
            }
        }
        return LoadResult<GoldCorpus>.Ok(new GoldCorpus([.. files.Value.SelectMany(f => f.Gold)], articles.ToImmutable()));
    }

    /// <summary>
    /// Gold from a file or folder, scored only on the given article files. A file is the gold document
    /// of its own name; when there is one file and the gold has one document, that file is that document
    /// whatever its name (so <c>seed/article.txt</c> scores against <c>gold/seed.jsonl</c>).
    /// </summary>
    public static LoadResult<GoldCorpus> Load(string goldPath, IReadOnlyList<string> articleFiles)
    {
        var gold = ReadGold(goldPath);
        if (!gold.Success) return LoadResult<GoldCorpus>.Fail(gold.Error);
        var goldDocs = gold.Value.Select(g => g.Doc).Distinct().ToList();
        var articles = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var file in articleFiles)
        {
            var doc = ArticleReader.DocumentName(file);
            if (!goldDocs.Contains(doc) && articleFiles.Count == 1 && goldDocs.Count == 1) doc = goldDocs[0];
            articles[doc] = file;
        }
        return LoadResult<GoldCorpus>.Ok(new GoldCorpus([.. gold.Value.Where(g => articles.ContainsKey(g.Doc))], articles.ToImmutable()));
    }

    /// <summary>The gold claims of a .jsonl file, or of every *.jsonl in a folder in name order.</summary>
    public static LoadResult<ImmutableArray<GoldClaim>> ReadGold(string goldPath)
    {
        var files = ReadGoldFiles(goldPath);
        return files.Success
            ? LoadResult<ImmutableArray<GoldClaim>>.Ok([.. files.Value.SelectMany(f => f.Gold)])
            : LoadResult<ImmutableArray<GoldClaim>>.Fail(files.Error);
    }

    /// <summary>Runs the pipeline over every article and scores its claims against the gold.</summary>
    public LoadResult<EvalResult> Evaluate(TallyPipeline pipeline)
    {
        var predicted = new List<PredictedClaim>();
        foreach (var (doc, path) in Articles)
        {
            var read = ArticleReader.ReadFile(path);
            if (!read.Success) return LoadResult<EvalResult>.Fail(read.Error);
            // The gold names the document; the article file may be named otherwise.
            var document = pipeline.Process(read.Article.Text, read.Article.Metadata with { Name = doc });
            predicted.AddRange(PredictedClaim.From(document));
        }
        return LoadResult<EvalResult>.Ok(Scorer.Score(Gold, predicted));
    }

    private static LoadResult<ImmutableArray<(string File, ImmutableArray<GoldClaim> Gold)>> ReadGoldFiles(string goldPath)
    {
        string[] files = [goldPath];
        if (Directory.Exists(goldPath))
        {
            files = Directory.GetFiles(goldPath, "*.jsonl");
            if (files.Length == 0) return LoadResult<ImmutableArray<(string, ImmutableArray<GoldClaim>)>>.Fail(TallyErrors.NoGold(goldPath));
            Array.Sort(files, StringComparer.Ordinal);
        }
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<GoldClaim>)>();
        foreach (var file in files)
        {
            var gold = ClaimJsonReader.ReadGold(file);
            if (!gold.Success) return LoadResult<ImmutableArray<(string, ImmutableArray<GoldClaim>)>>.Fail(gold.Error);
            result.Add((file, gold.Value));
        }
        return LoadResult<ImmutableArray<(string, ImmutableArray<GoldClaim>)>>.Ok(result.ToImmutable());
    }

    private static string? FindArticle(string folder, string doc) =>
        ArticleExtensions.Select(ext => Path.Combine(folder, doc + ext)).FirstOrDefault(File.Exists);
}
