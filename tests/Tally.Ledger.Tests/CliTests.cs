using Tally.Cli;
using Tally.Ledger.Storage;
using Xunit;

namespace Tally.Ledger.Tests;

/// <summary>The ledger commands end to end on a SQLite file, through <see cref="TallyCli.Run"/>.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tally-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private (int Code, string Out, string Err) Tally(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = TallyCli.Run([.. args, "--db", Path.Combine(_folder, "ledger.db")], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Add_FolderWithOneBadFile_AddsTheRest_ExitCodeSaysSomeFailed()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder, "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "one.txt"), "North Korea has sent 3,500 soldiers to Russia.");
        File.WriteAllBytes(Path.Combine(articles, "bad.txt"), [0, 1, 2]);

        var (code, output, _) = Tally("add", articles);
        Assert.Equal(TallyCli.BadInput, code);
        Assert.Contains("1 added", output);
        Assert.Contains("bad.txt: [E103]", output);

        var again = Tally("add", Path.Combine(articles, "one.txt"));
        Assert.Equal((TallyCli.Ok, true), (again.Code, again.Out.Contains("1 unchanged")));
    }

    [Fact]
    public void Conflicts_SeedClaims_ShowsBothSourcesAndThePartsAddingUp()
    {
        const string text = "Ukrainian estimates suggest a total of around 4,000 casualties, while South Korea estimates approximately 3,600.";
        using (var ledger = LedgerDatabase.Open(Path.Combine(_folder, "ledger.db")))
        using (var tx = ledger.BeginTransaction())
        {
            long id = ledger.Documents.InsertDocument(new NewDocument("h", "seed", null, "news.az", null, null, DateTimeOffset.UnixEpoch, "v", 1, text), tx);
            ledger.Claims.InsertClaims(id, [.. TestClaims.Seed.All.Select(c => c with { Evidence = [new Documents.TextSpan(0, text.Length)] })], text, null, tx);
            tx.Commit();
        }
        var (code, output, _) = Tally("conflicts");
        Assert.Equal(TallyCli.Ok, code);
        Assert.Contains("1 conflict", output);
        Assert.Contains("South Korea (KR)", output);
        Assert.Contains("Ukraine (UA)", output);
        Assert.Contains("adds up", output);
        Assert.Contains("around 400 killed + approximately 3,600 wounded = 3800–4200 against", output);
        Assert.Contains("3 sources", Tally("sources", "--source", "Yu").Out);
        Assert.Contains("\"measure\":\"casualties\"", Tally("claims", "--json", "--measure", "casualties", "--source", "KR").Out);
    }

    [Fact]
    public void Questions_EmptyLedger_AnswerWithoutError()
    {
        Assert.Equal(TallyCli.Ok, Tally("claims", "--measure", "killed", "--actor", "KP").Code);
        Assert.Equal("id,doc,outlet", Tally("export", "--format", "csv").Out[..13]);
        Assert.Equal(TallyCli.Ok, Tally("conflicts").Code);
        Assert.Equal(TallyCli.Ok, Tally("sources").Code);
        Assert.Equal(TallyCli.Ok, Tally("series", "--measure", "killed").Code);
        Assert.Equal(TallyCli.BadInput, Tally("claims", "--measure", "eaten").Code);
        Assert.Equal(TallyCli.BadInput, Tally("claims", "--since", "last week").Code);
    }
}
