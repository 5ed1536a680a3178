using System.CommandLine;
using Spectre.Console;
using Tally.Claims;
using Tally.Ledger.Analysis;
using Tally.Ledger.Export;
using Tally.Ledger.Storage;

namespace Tally.Cli.Commands;

/// <summary>
/// <c>tally conflicts</c>: figures whose sources disagree (CLAIMS.md's conflict rule), side by side
/// with their source chains and sentences; then each side's parts checked against its wholes.
/// </summary>
public static class ConflictsCommand
{
    public static Command Create()
    {
        var filters = new LedgerOptions.Filters();
        var problems = new Option<bool>("--problems") { Description = "In the consistency check, show only parts that exceed their whole." };
        var command = new Command("conflicts", "Show figures whose sources disagree, and whether each source's parts add up to its wholes (killed + wounded = casualties).")
        {
            problems,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            using var ledger = LedgerOptions.Open(parse);
            var stored = ledger.Claims.QueryClaims(filters.ToQuery(parse)).ToList();
            // The analysis works on bare claims; this finds each one's document and sentence again.
            var context = new Dictionary<Claim, StoredClaim>(ReferenceEqualityComparer.Instance);
            foreach (var s in stored) context[s.Claim] = s;
            var claims = stored.Select(s => s.Claim).ToList();
            var console = LedgerOptions.Console(parse);
            WriteConflicts(console, Conflicts.FindConflicts(claims), c => context[c]);
            var findings = Consistency.CheckConsistency(claims).Where(f => !parse.GetValue(problems) || f.IsProblem).ToList();
            WriteConsistency(console, findings, c => context[c]);
            return TallyCli.Ok;
        });
        return command;
    }

    private static void WriteConflicts(IAnsiConsole console, IReadOnlyList<ConflictGroup> groups, Func<Claim, StoredClaim> stored)
    {
        console.Write(new Rule($"{groups.Count} conflict{(groups.Count == 1 ? "" : "s")}").LeftJustified());
        foreach (var g in groups)
        {
            var subject = $"{g.Measure.Name()} of {g.Actor ?? "unknown"} {g.Kind}{(g.Qualifier is null ? "" : $" ({g.Qualifier})")}, {g.Aggregate.Name()}";
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(subject)).Expand();
            table.AddColumns("figure", "allows", "according to", "document", "evidence");
            foreach (var c in g.Claims)
            {
                var s = stored(c);
                table.AddRow(
                    Markup.Escape($"{c.Figure.Text} ({c.Figure.Hedge.Name()})"),
                    Markup.Escape(Describe(Bounds.Of(c.Figure))),
                    Markup.Escape(ClaimExport.SourceChain(c)),
                    Markup.Escape(s.DocumentName + (s.Published is { } p ? $" ({p})" : "")),
                    Markup.Escape(LedgerOptions.Shorten(s.EvidenceText, 300)));
            }
            console.Write(table);
        }
    }

    private static void WriteConsistency(IAnsiConsole console, IReadOnlyList<ConsistencyFinding> findings, Func<Claim, StoredClaim> stored)
    {
        console.Write(new Rule($"{findings.Count} consistency check{(findings.Count == 1 ? "" : "s")} of parts against wholes").LeftJustified());
        foreach (var f in findings)
        {
            var verdict = f.Verdict switch
            {
                ConsistencyVerdict.AddsUp => "[green]adds up[/]",
                ConsistencyVerdict.FallsShort => "[yellow]falls short[/]",
                ConsistencyVerdict.PartsExceedWhole => "[red]parts exceed the whole[/]",
                _ => "[red]a part exceeds the whole[/]",
            };
            var parts = string.Join(" + ", f.Parts.Select(p => $"{p.Figure.Text} {p.Measure.Name()}"));
            console.MarkupLine($"{verdict}: {Markup.Escape(parts)} = {Markup.Escape(Describe(f.PartsSum))} against " +
                $"{Markup.Escape(f.Whole.Figure.Text)} {Markup.Escape(f.Whole.Measure.Name())} ({Markup.Escape(Describe(Bounds.Of(f.Whole.Figure)))})");
            foreach (var c in f.Parts.Prepend(f.Whole))
            {
                var s = stored(c);
                console.WriteLine($"    {c.Measure.Name()}: {ClaimExport.SourceChain(c)}, {s.DocumentName}: {LedgerOptions.Shorten(s.EvidenceText, 200)}");
            }
        }
    }

    private static string Describe(Bounds b) => b.High is { } h ? (b.Low == h ? $"{b.Low:0.##}" : $"{b.Low:0.##}–{h:0.##}") : $"≥ {b.Low:0.##}";
}
