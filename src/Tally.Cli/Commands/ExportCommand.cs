using System.CommandLine;
using Tally.Ledger.Export;

namespace Tally.Cli.Commands;

/// <summary><c>tally export --format csv|jsonl</c>: every claim (or the filtered ones), streamed.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var filters = new LedgerOptions.Filters();
        var format = new Option<string>("--format") { Description = "csv or jsonl (CLAIMS.md's JSON Lines).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the ledger's claims as CSV or JSON Lines.") { format, output };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            using var ledger = LedgerOptions.Open(parse);
            var kind = parse.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl;
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path);
            var writer = file ?? parse.InvocationConfiguration.Output;
            int n = ClaimExport.Write(writer, ledger.Claims.QueryClaims(filters.ToQuery(parse), buffered: false), kind);
            if (path is not null) parse.InvocationConfiguration.Error.WriteLine($"tally: {n} claims written to {path}");
            return TallyCli.Ok;
        });
        return command;
    }
}
