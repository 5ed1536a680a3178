using System.CommandLine;
using Spectre.Console;
using Tally.Claims;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Reading;
using Tally.Time;

namespace Tally.Cli.Commands;

/// <summary><c>tally extract FILE|-</c>: the claims of one article, as a table or as JSON Lines.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article: plain text, Markdown or HTML. '-' reads standard input." };
        var json = new Option<bool>("--json") { Description = "Write JSON Lines (one claim a line, fields as in CLAIMS.md) instead of a table." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD, YYYY-MM or YYYY); overrides what the text says. Anchors relative dates." };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet that published the article; overrides a closing 'Source:' line." };
        var command = new Command("extract", "Extract every reported figure from one article: what it counts, whose figure it is, its hedge and its sentence.")
        {
            file, json, published, outlet,
        };
        command.SetAction(parse =>
        {
            var article = Read(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(outlet));
            var doc = TallyPipeline.Default.Process(article.Text, article.Metadata);
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) WriteJson(stdout, doc);
            else WriteTable(stdout, doc);
            return TallyCli.Ok;
        });
        return command;
    }

    /// <summary>Reads a path or '-' with the user's overrides, or throws a one-line <see cref="CliException"/>.</summary>
    public static Article Read(string path, string? published, string? outlet)
    {
        PartialDate? date = null;
        if (published is not null)
        {
            if (!PartialDate.TryParse(published, out var parsed)) throw new CliException(TallyErrors.BadDate(published));
            date = parsed;
        }
        var options = new ReadOptions(outlet, date);
        var result = path == "-"
            ? ArticleReader.ReadStream(Console.OpenStandardInput(), "-", options)
            : ArticleReader.ReadFile(path, options);
        return result.Success ? result.Article : throw new CliException(result.Error);
    }

    private static void WriteJson(TextWriter stdout, TallyDocument doc)
    {
        foreach (var claim in doc.Claims) stdout.WriteLine(ClaimJson.ToJsonLine(claim, doc));
    }

    private static void WriteTable(TextWriter stdout, TallyDocument doc)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (doc.Claims.Count == 0)
        {
            console.WriteLine($"No figures found in {doc.Metadata.Name}.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"{doc.Claims.Count} claims in {Markup.Escape(doc.Metadata.Name)}");
        table.AddColumns("measure", "subject", "figure", "according to", "evidence");
        foreach (var c in doc.Claims)
        {
            var subject = c.Subject.Actor is null ? c.Subject.Text : $"{c.Subject.Actor} {c.Subject.Text}";
            var chain = string.Join(" ← ", c.AccordingTo.Select(s => s.Name));
            var sentence = c.Evidence.Length > 0 ? doc[c.Evidence[0]] : "";
            table.AddRow(
                Markup.Escape(c.Measure.Name()),
                Markup.Escape(subject),
                Markup.Escape($"{c.Figure.Text} ({c.Figure.Hedge.Name()})"),
                Markup.Escape(chain),
                Markup.Escape(Shorten(sentence, 140)));
        }
        console.Write(table);
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
