using Tally.Claims;
using Tally.Documents;
using Tally.Evaluation;
using Tally.Pipeline;
using Xunit;

namespace Tally.Tests.Evaluation;

public sealed class GoldCorpusTests : IDisposable
{
    private const string KilledLine = """{"doc":"DOC","measure":"killed","subject":{"actor":"KP","kind":"personnel"},"value":{"low":VALUE,"high":VALUE,"hedge":"exact"},"according_to":[{"name":"Kyrylo Budanov","role":"chief","country":"UA"},{"name":"news.az","role":"outlet","country":null}],"modality":"asserted","anchor":"VALUE killed"}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("tally-gold-").FullName;

    /// <summary>Claims "400 KP killed" in every document, so scores show how articles were paired with gold.</summary>
    private static readonly TallyPipeline FourHundredKilled = new TallyPipelineBuilder().Add(new FixedClaimStage()).Build();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_Folder_PairsEachGoldFileWithItsArticle()
    {
        Write("a.jsonl", Killed("a", 400));
        Write("a.txt", "400 were killed.");
        Write("b.jsonl", "");                 // an article with no claims
        Write("b.md", "Nothing counted here.");
        Write("c.jsonl", Killed("other", 12)); // one document, named unlike its file
        Write("c.html", "<p>12 killed.</p>");

        var corpus = GoldCorpus.Load(_dir);
        Assert.True(corpus.Success, corpus.Error);
        var result = corpus.Value!.Evaluate(FourHundredKilled).Value!;

        Assert.Equal(["a", "b", "other"], result.Documents.Select(d => d.Doc));
        Assert.Equal(new PrfScore(1, 2, 1), result.Figures);
        Assert.Equal(new PrfScore(1, 0, 0), result.Documents[0].Figures);
    }

    [Fact]
    public void Load_FolderWithoutArticle_FailsNamingDocument()
    {
        Write("a.jsonl", Killed("a", 400));

        Assert.StartsWith("[E122] No article for document 'a'", GoldCorpus.Load(_dir).Error);
    }

    [Fact]
    public void Load_FolderWithoutGold_Fails() => Assert.StartsWith("[E121]", GoldCorpus.Load(_dir).Error);

    [Fact]
    public void Load_OneFileAgainstOneDocumentGold_PairsWhateverTheName()
    {
        Write("seed.jsonl", Killed("seed", 400));
        Write("article.txt", "400 were killed.");

        var corpus = GoldCorpus.Load(Path.Combine(_dir, "seed.jsonl"), [Path.Combine(_dir, "article.txt")]);

        Assert.Equal(new PrfScore(1, 0, 0), corpus.Value!.Evaluate(FourHundredKilled).Value!.Figures);
    }

    [Fact]
    public void Load_FilesGiven_ScoresOnlyThoseDocuments()
    {
        Write("gold.jsonl", Killed("a", 400) + "\n" + Killed("b", 400));
        Write("a.txt", "400 were killed.");
        Write("z.txt", "400 were killed.");

        var corpus = GoldCorpus.Load(Path.Combine(_dir, "gold.jsonl"), [Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "z.txt")]);
        var result = corpus.Value!.Evaluate(FourHundredKilled).Value!;

        Assert.Equal(["a", "z"], result.Documents.Select(d => d.Doc));
        Assert.Equal(new PrfScore(1, 1, 0), result.Figures);
    }

    [Fact]
    public void Evaluate_UnreadableArticle_Fails()
    {
        Write("a.jsonl", Killed("a", 400));
        File.WriteAllBytes(Path.Combine(_dir, "a.txt"), [0x34, 0x00, 0x30]);

        Assert.StartsWith("[E103]", GoldCorpus.Load(_dir).Value!.Evaluate(FourHundredKilled).Error);
    }

    private static string Killed(string doc, int value) => KilledLine.Replace("DOC", doc).Replace("VALUE", value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    private sealed class FixedClaimStage : ITallyStage
    {
        public string Name => "fixed-claims";
        public Layer Requires => Layer.None;
        public Layer Assigns => Layer.Claims;

        public void Process(TallyDocument doc) =>
            doc.Claims = [TestClaims.Make(400) with { Evidence = [new TextSpan(0, doc.Text.Length)] }];
    }
}
