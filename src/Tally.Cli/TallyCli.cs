using System.CommandLine;
using Tally.Cli.Commands;

namespace Tally.Cli;

/// <summary>
/// The command tree. Each command lives in Commands/ and only parses, calls the engine or the ledger,
/// and renders. Exit codes: 0 success, 1 an unexpected failure, 2 bad input or usage.
/// </summary>
public static class TallyCli
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "Tally: who claims how many of what. Reads war and crisis news and keeps a ledger of every figure: " +
            "what it counts, whose figure it is, when and where it holds, its hedge and the sentence it came from.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Options.Add(LedgerOptions.Db);
        root.Subcommands.Add(AddCommand.Create());
        root.Subcommands.Add(ReextractCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(ConflictsCommand.Create());
        root.Subcommands.Add(SeriesCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error);
        try
        {
            var parse = CreateRoot().Parse(args);
            return parse.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            output.Error.WriteLine($"tally: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace for the user; the message names what failed.
            output.Error.WriteLine($"tally: unexpected error: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }
}

/// <summary>The streams a command writes to; tests swap them for in-memory writers.</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error);

/// <summary>An error the user can fix; printed as one line with its exit code.</summary>
public sealed class CliException(string message, int exitCode = TallyCli.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
