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

    [Fact]
    public void DevCorpus_ScoresReachFloors()
    {
        var dir = Path.Combine(RepoPaths.Root, "corpus", "dev");
        var floors = Floors("corpus");
        if (!Directory.Exists(dir) || Directory.GetFiles(dir, "*.jsonl").Length == 0)
        {
            output.WriteLine($"No gold under {dir} yet.");
            Assert.True(floors is (0, 0), $"floors.json expects corpus F1 {floors} but {dir} holds no gold.");
            return;
        }

        AssertFloors("corpus", Evaluate(GoldCorpus.Load(dir)), floors);
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
        var result = corpus.Value!.Evaluate(TallyPipeline.Default);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    private void AssertFloors(string name, EvalResult result, (double Figures, double Full) floor)
    {
        Report(name, result);
        Assert.True(result.Figures.F1 >= floor.Figures, $"{name}: figure F1 {result.Figures.F1:0.000} fell below its floor {floor.Figures:0.000}.");
        Assert.True(result.Full.F1 >= floor.Full, $"{name}: full F1 {result.Full.F1:0.000} fell below its floor {floor.Full:0.000}.");
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

    private static (double Figures, double Full) Floors(string set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FloorsFile));
        var floors = json.RootElement.GetProperty(set);
        return (floors.GetProperty("figures_f1").GetDouble(), floors.GetProperty("full_f1").GetDouble());
    }
}
