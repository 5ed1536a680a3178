using Tally.Cli;
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
