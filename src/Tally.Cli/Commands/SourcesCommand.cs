using System.CommandLine;
using Spectre.Console;
using Tally.Claims;

namespace Tally.Cli.Commands;

/// <summary><c>tally sources</c>: who is cited, how often, for which measures.</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var filters = new LedgerOptions.Filters();
        var command = new Command("sources", "List the sources the ledger's figures are attributed to: how many claims each made or relayed, in how many documents, for which measures.");
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            using var ledger = LedgerOptions.Open(parse);
            var sources = ledger.Claims.QuerySourceSummaries(filters.ToQuery(parse));
            var console = LedgerOptions.Console(parse);
            if (sources.Count == 0)
            {
                console.WriteLine("No sources match.");
                return TallyCli.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded).Title($"{sources.Count} sources");
            table.AddColumns("source", "country", "claims", "made", "relayed", "documents", "measures");
            foreach (var s in sources)
                table.AddRow(
                    Markup.Escape(s.Name), Markup.Escape(s.Country ?? ""), s.Claims.ToString(), s.AsOrigin.ToString(),
                    (s.Claims - s.AsOrigin).ToString(), s.Documents.ToString(),
                    Markup.Escape(string.Join(", ", s.Measures.OrderByDescending(m => m.Value).Select(m => $"{m.Key.Name()} {m.Value}"))));
            console.Write(table);
            return TallyCli.Ok;
        });
        return command;
    }
}
