using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Export;
using Tally.Ledger.Storage;

namespace Tally.Cli.Commands;

/// <summary><c>tally series --measure M --actor A</c>: one measure's figures over time, one line per first source.</summary>
public static class SeriesCommand
{
    public static Command Create()
    {
        var measure = new Option<string>("--measure") { Description = "The measure to follow (killed, casualties, deployed, ...).", Required = true };
        var actor = new Option<string?>("--actor") { Description = "Whose figures (ISO country code, e.g. KP)." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the series to this image: .png or .svg." };
        var withCopies = new Option<bool>("--with-copies") { Description = "Include claims from syndicated copies." };
        var command = new Command("series", "Show how one measure's figures changed over time, one line per source, as a table and optionally a chart with hedges as error bars.")
        {
            measure, actor, chart, withCopies,
        };
        command.SetAction(parse =>
        {
            var m = LedgerOptions.ParseMeasure(parse.GetValue(measure))!.Value;
            var a = parse.GetValue(actor)?.Trim().ToUpperInvariant();
            using var ledger = LedgerOptions.Open(parse);
            var claims = ledger.Claims.QueryClaims(new ClaimQuery { Measure = m, Actor = a, IncludeCopies = parse.GetValue(withCopies) })
                .Select(s => new DatedClaim(s.Claim, s.DayTo));
            var series = Series.BuildSeries(claims, m, a);
            WriteTable(LedgerOptions.Console(parse), series);
            if (parse.GetValue(chart) is { } path)
            {
                SeriesChart.Save(series, path);
                parse.InvocationConfiguration.Error.WriteLine($"tally: chart written to {path}");
            }
            return TallyCli.Ok;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, SeriesResult series)
    {
        var title = $"{series.Measure.Name()}{(series.Actor is null ? "" : " of " + series.Actor)}: {series.Lines.Length} sources";
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumns("source", "day", "figure", "hedge", "value");
        foreach (var line in series.Lines)
            foreach (var p in line.Points)
                table.AddRow(
                    Markup.Escape(line.Country is null ? line.Source : $"{line.Source} ({line.Country})"),
                    p.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Markup.Escape(p.Claim.Figure.Text),
                    p.Hedge.Name(),
                    p.Low == p.High ? p.Low.ToString("0.##", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{p.Low:0.##}–{p.High:0.##}"));
        console.Write(table);
        if (series.Undated + series.Increments > 0)
            console.WriteLine($"Not shown: {series.Undated} undated, {series.Increments} increments.");
    }
}
