using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Tally.Evaluation;
using Tally.Pipeline;
using Xunit;
using Xunit.Abstractions;

namespace Tally.Tests.Evaluation;

/// <summary>
/// Runs the real pipeline over every gold-annotated article and asserts the F1 floors kept in
/// floors.json, printing precision, recall and F1 the way spaCy's PRFScore reports them.
/// </summary>
public sealed class CorpusGoldTests(ITestOutputHelper output)
{
    private static readonly string FloorsFile = Path.Combine(RepoPaths.Root, "tests", "Tally.Engine.Tests", "Evaluation", "floors.json");

    /// <summary>
    /// Each batch of the development corpus (the articles named "a-…", "b-…", written together) keeps its own
    /// floor: a new, harder batch gets a floor of its own instead of pulling a shared one down.
    /// </summary>
    [Fact]
    public void DevCorpus_EachBatchReachesItsFloor()
    {
        var dir = Path.Combine(RepoPaths.Root, "corpus", "dev");
        Assert.True(Directory.Exists(dir) && Directory.GetFiles(dir, "*.jsonl").Length > 0, $"{dir} holds no gold.");
        var loaded = GoldCorpus.Load(dir);
        Assert.True(loaded.Success, loaded.Error);
        var corpus = loaded.Value!;
        Report("corpus", Evaluate(corpus));

        var failures = new List<string>();
        foreach (var batch in corpus.Articles.Keys.GroupBy(BatchOf))
        {
            if (Floors($"batch {batch.Key}") is not { } floor)
            {
                failures.Add($"batch {batch.Key}: no floor in floors.json; add one at the level it scores now.");
                continue;
            }
            var docs = batch.ToHashSet();
            var subset = corpus with
            {
                Gold = corpus.Gold.Where(g => docs.Contains(g.Doc)).ToImmutableArray(),
                Articles = corpus.Articles.Where(a => docs.Contains(a.Key)).ToImmutableSortedDictionary(),
            };
            failures.AddRange(Shortfalls($"batch {batch.Key}", Evaluate(subset), floor));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Seed_ScoresReachFloors()
    {
        var corpus = GoldCorpus.Load(
            Path.Combine(RepoPaths.Shared, "gold", "seed.jsonl"),
            [Path.Combine(RepoPaths.Shared, "seed", "article.txt")]);

        AssertFloors("seed", Evaluate(corpus), Floors("seed"));
    }

    private static EvalResult Evaluate(LoadResult<GoldCorpus> corpus)
    {
        Assert.True(corpus.Success, corpus.Error);
        return Evaluate(corpus.Value!);
    }

    private static EvalResult Evaluate(GoldCorpus corpus)
    {
        var result = corpus.Evaluate(TallyPipeline.Default);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    /// <summary>The batch an article belongs to: its name's first part ("h" for "h-jenin-iron-wall-explainer").</summary>
    private static string BatchOf(string doc) => doc.Split('-')[0];

    private void AssertFloors(string name, EvalResult result, (double Figures, double Full)? floor)
    {
        Report(name, result);
        Assert.True(floor is not null, $"{name}: no floor in floors.json.");
        var shortfalls = Shortfalls(name, result, floor.Value);
        Assert.True(shortfalls.Count == 0, string.Join(Environment.NewLine, shortfalls));
    }

    private List<string> Shortfalls(string name, EvalResult result, (double Figures, double Full) floor)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: figures F1 {result.Figures.F1:0.000} (floor {floor.Figures:0.000}), full F1 {result.Full.F1:0.000} (floor {floor.Full:0.000})"));
        var shortfalls = new List<string>();
        if (result.Figures.F1 < floor.Figures) shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: figure F1 {result.Figures.F1:0.000} fell below its floor {floor.Figures:0.000}."));
        if (result.Full.F1 < floor.Full) shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: full F1 {result.Full.F1:0.000} fell below its floor {floor.Full:0.000}."));
        return shortfalls;
    }

    private void Report(string name, EvalResult result)
    {
        output.WriteLine($"{name}: {result.Documents.Length} documents");
        output.WriteLine($"  figures  {result.Figures}");
        output.WriteLine($"  full     {result.Full}");
        foreach (var f in result.Fields)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Name,-13} {(f.Accuracy is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : "-"),5}  {f.Correct}/{f.Total}"));
        foreach (var d in result.Documents)
            output.WriteLine($"  {d.Doc}: {d.Figures}; {d.Misses.Length} missed, {d.Extras.Length} extra");
    }

    private static (double Figures, double Full)? Floors(string set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FloorsFile));
        if (!json.RootElement.TryGetProperty(set, out var floors)) return null;
        return (floors.GetProperty("figures_f1").GetDouble(), floors.GetProperty("full_f1").GetDouble());
    }
}
