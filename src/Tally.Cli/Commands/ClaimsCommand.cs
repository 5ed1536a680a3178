using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tally.Claims;
using Tally.Ledger.Export;

namespace Tally.Cli.Commands;

/// <summary><c>tally claims</c>: the ledger's claims, filtered, as a table, JSON Lines or CSV.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var filters = new LedgerOptions.Filters();
        var json = new Option<bool>("--json") { Description = "Write JSON Lines in CLAIMS.md's format." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV, one row per claim." };
        var limit = new Option<int>("--limit") { Description = "At most this many claims, newest first; 0 for all.", DefaultValueFactory = _ => 200 };
        var command = new Command("claims", "List the figures in the ledger, newest first, filtered by measure, actor, kind, source, place, time or text.")
        {
            json, csv, limit,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv)) throw new CliException("Choose one of --json and --csv.");
            using var ledger = LedgerOptions.Open(parse);
            var claims = ledger.Claims.QueryClaims(filters.ToQuery(parse, Math.Max(parse.GetValue(limit), 0)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) ClaimExport.Write(output, claims, ExportFormat.Jsonl);
            else if (parse.GetValue(csv)) ClaimExport.Write(output, claims, ExportFormat.Csv);
            else WriteTable(LedgerOptions.Console(parse), [.. claims]);
            return TallyCli.Ok;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<Tally.Ledger.Storage.StoredClaim> claims)
    {
        if (claims.Count == 0)
        {
            console.WriteLine("No claims match.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"{claims.Count} claims");
        table.AddColumns("when", "measure", "subject", "figure", "according to", "document");
        foreach (var s in claims)
        {
            var c = s.Claim;
            table.AddRow(
                Markup.Escape(s.DayTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"),
                Markup.Escape(c.Measure.Name()),
                Markup.Escape(c.Subject.Actor is null ? c.Subject.Text : $"{c.Subject.Actor} {c.Subject.Text}"),
                Markup.Escape($"{c.Figure.Text} ({c.Figure.Hedge.Name()})"),
                Markup.Escape(ClaimExport.SourceChain(c)),
                Markup.Escape(s.DocumentName));
        }
        console.Write(table);
    }
}
