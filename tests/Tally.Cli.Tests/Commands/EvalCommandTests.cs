using Xunit;
using static Tally.Tests.Commands.CliRun;

namespace Tally.Tests.Commands;

/// <summary><c>tally eval</c> on small gold folders written by each test.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tally-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Eval_ArticleWithNoClaims_Exit0WithScores()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), "");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Nothing was counted.");

        var (code, stdout, stderr) = Run("eval", "--gold", _dir, "--json");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("{\"figures\":{\"p\":0,", stdout);
    }

    [Fact]
    public void Eval_Summary_ListsMissesWithAnchor()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"),
            """{"doc":"a","measure":"killed","subject":{"actor":"UA","kind":"civilians"},"value":{"low":400,"high":400,"hedge":"approx"},"modality":"asserted","anchor":"about 400 killed"}""");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "The talks ended without a deal.");

        var (code, stdout, _) = Run("eval", "--gold", _dir);

        Assert.Equal(0, code);
        Assert.Contains("figures      0.0%     0.0%     0.0%   tp 0  fp 0  fn 1", stdout);
        Assert.Contains("miss   killed 400 UA civilians (approx)  \"about 400 killed\"", stdout);
    }
}
