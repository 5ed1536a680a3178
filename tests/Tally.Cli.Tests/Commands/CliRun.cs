using Tally.Cli;

namespace Tally.Tests.Commands;

/// <summary>Runs the CLI in-process with in-memory streams.</summary>
internal static class CliRun
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using StringWriter stdout = new(), stderr = new();
        int code = TallyCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
