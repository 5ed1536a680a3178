using System.CommandLine;
using Tally.Ledger.Ingest;

namespace Tally.Cli.Commands;

/// <summary><c>tally reextract</c>: runs the current extractor over stored documents.</summary>
public static class ReextractCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Every document, not only those an older extractor version read." };
        var command = new Command("reextract", "Extract the claims of stored documents again with this version of the extractor, replacing their old claims.") { all };
        command.SetAction(parse =>
        {
            using var ledger = LedgerOptions.Open(parse);
            var progress = new AddCommand.ProgressPrinter(parse.InvocationConfiguration.Error);
            var summary = new Ingestor(ledger).Reextract(parse.GetValue(all), progress.Report);
            progress.Finish();
            return AddCommand.WriteSummary(parse.InvocationConfiguration.Output, summary, ledger.Location);
        });
        return command;
    }
}
