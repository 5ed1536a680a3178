using System.CommandLine;
using System.Diagnostics;
using Tally.Ledger.Ingest;
using Tally.Reading;

namespace Tally.Cli.Commands;

/// <summary><c>tally add PATH|URL|FEED ...</c>: puts articles and their claims into the ledger.</summary>
public static class AddCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files, folders (read recursively), web pages or RSS/Atom feeds.", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Extract again documents whose content is already in the ledger." };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet that published these articles." };
        var published = new Option<string?>("--published") { Description = "Publication date of these articles (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var command = new Command("add", "Add articles to the ledger: files, folders, web pages or feeds. Content already there is skipped; a syndicated copy is linked to its original.")
        {
            inputs, force, outlet, published,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var ledger = LedgerOptions.Open(parse);
            using var http = Http();
            var reader = new InputReader(http, TimeProvider.System, new ReadOptions(parse.GetValue(outlet), LedgerOptions.ParseDate(parse.GetValue(published))));
            var ingestor = new Ingestor(ledger);
            var progress = new ProgressPrinter(parse.InvocationConfiguration.Error);
            var summary = await ingestor.IngestAsync(parse.GetValue(inputs)!, reader, parse.GetValue(force), progress.Report, ct);
            progress.Finish();
            return WriteSummary(parse.InvocationConfiguration.Output, summary, ledger.Location);
        });
        return command;
    }

    internal static HttpClient Http()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("tally/0.1 (+news figure ledger)");
        return http;
    }

    /// <summary>Prints the counts and every failure; the exit code is <see cref="TallyCli.BadInput"/> when anything failed.</summary>
    internal static int WriteSummary(TextWriter output, IngestSummary summary, string location)
    {
        var c = summary.Counts;
        output.WriteLine($"{location}: {c.Added} added ({c.Copies} syndicated copies), {c.Unchanged} unchanged, {c.Reextracted} re-extracted, {c.Claims} claims, {c.Failed} failed.");
        foreach (var (input, reason) in summary.Failures) output.WriteLine($"  failed: {input}: {reason}");
        return c.Failed > 0 ? TallyCli.BadInput : TallyCli.Ok;
    }

    /// <summary>Progress on stderr at most once a second, so a long ingest shows it is alive without flooding a log.</summary>
    internal sealed class ProgressPrinter(TextWriter error)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.Zero;
        private bool _printed;

        public void Report(IngestProgress p)
        {
            if (_clock.Elapsed - _last < TimeSpan.FromSeconds(1)) return;
            _last = _clock.Elapsed;
            _printed = true;
            double rate = p.Items / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            error.WriteLine($"tally: {p.Items} read, {p.Added} added, {p.Copies} copies, {p.Claims} claims, {p.Failed} failed ({rate:F0}/s)");
        }

        public void Finish()
        {
            if (_printed) error.WriteLine($"tally: done in {_clock.Elapsed.TotalSeconds:F1} s");
        }
    }
}
