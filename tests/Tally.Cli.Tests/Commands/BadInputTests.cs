using Tally.Cli;
using Xunit;
using static Tally.Tests.Commands.CliRun;

namespace Tally.Tests.Commands;

/// <summary>
/// Bad input ends with exit code 2 and one line on stderr naming the problem, never a stack trace.
/// Runs the CLI in-process.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tally-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, byte[], string> BadArticles => new()
    {
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "[E103]" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20], "[E104]" },   // "Café " in Latin-1
        { "empty.txt", [], "[E105]" },
        { "blank.txt", " \n\t\n"u8.ToArray(), "[E105]" },
    };

    [Fact]
    public void Extract_MissingFile_Exit2OneLine() =>
        AssertBadInput(Run("extract", Path.Combine(_dir, "missing.txt")), "[E101]");

    [Fact]
    public void Extract_Directory_Exit2OneLine() =>
        AssertBadInput(Run("extract", _dir), "[E102]");

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void Extract_BadArticle_Exit2OneLine(string name, byte[] bytes, string code)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);

        AssertBadInput(Run("extract", path), code);
    }

    [Fact]
    public void Eval_MissingGold_Exit2OneLine() =>
        AssertBadInput(Run("eval", "--gold", Path.Combine(_dir, "missing.jsonl")), "[E101]");

    [Fact]
    public void Eval_BadGoldLine_Exit2NamingFileAndLine()
    {
        var gold = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllText(gold, "\n{\"doc\": \"a\", \"measure\": \"slain\"}\n");

        AssertBadInput(Run("eval", "--gold", gold), $"[E109] {gold}:2: ");
    }

    [Fact]
    public void Eval_GoldWithoutArticle_Exit2OneLine()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), "");

        AssertBadInput(Run("eval", "--gold", _dir), "[E122]");
    }

    [Fact]
    public void Eval_FilesAndPredictionsTogether_Exit2OneLine() =>
        AssertBadInput(Run("eval", "--gold", Path.Combine(_dir, "g.jsonl"), "--predictions", Path.Combine(_dir, "p.jsonl"), Path.Combine(_dir, "a.txt")), "[E123]");

    private static void AssertBadInput((int Code, string Stdout, string Stderr) run, string expected)
    {
        Assert.Equal(TallyCli.BadInput, run.Code);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("tally: " + expected, lines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);   // a stack frame
        Assert.Equal("", run.Stdout);
    }
}
