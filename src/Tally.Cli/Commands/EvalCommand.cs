using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tally.Claims;
using Tally.Evaluation;
using Tally.Pipeline;

namespace Tally.Cli.Commands;

/// <summary>
/// <c>tally eval --gold GOLD [FILES...]</c>: runs the extractor over articles and scores its claims
/// against gold (CLAIMS.md, "Scoring"). Exits 0 whatever the score, 2 on bad input.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold claims: a .jsonl file, or a folder whose every *.jsonl is scored against the article of the same name beside it.",
            Required = true,
        };
        var files = new Argument<string[]>("files")
        {
            Description = "Articles to score; each is the gold document of its own name (a single file against single-document gold is that document). " +
                "Without files, each gold document's article is found by name beside its gold file or in --dir.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dir = new Option<string?>("--dir") { Description = "Folder holding the articles named after the gold documents (<doc>.txt, .md or .html)." };
        var predictions = new Option<string?>("--predictions") { Description = "Score claims saved by 'tally extract --json' instead of running the extractor." };
        var json = new Option<bool>("--json") { Description = "Write the scores as one JSON object, for programs." };
        var command = new Command("eval", "Score the extractor against gold claims: figure and full precision, recall and F1, field accuracies, and each document's misses and extras.")
        {
            gold, files, dir, predictions, json,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            var articleFiles = parse.GetValue(files) ?? [];
            var predicted = parse.GetValue(predictions);
            var articleDir = parse.GetValue(dir);
            // Each way of naming the articles excludes the others; silently ignoring one would score the wrong thing.
            if ((predicted is not null ? 1 : 0) + (articleFiles.Length > 0 ? 1 : 0) + (articleDir is not null ? 1 : 0) > 1)
                throw new CliException(TallyErrors.EvalSourcesConflict);
            var result = predicted is not null
                ? Scorer.Score(Checked(GoldCorpus.ReadGold(goldPath)), Checked(ClaimJsonReader.ReadPredictions(predicted)))
                : Checked(Checked(articleFiles.Length > 0 ? GoldCorpus.Load(goldPath, articleFiles) : GoldCorpus.Load(goldPath, articleDir))
                    .Evaluate(TallyPipeline.Default));
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) WriteJson(stdout, result);
            else WriteSummary(stdout, result, goldPath);
            return TallyCli.Ok;
        });
        return command;
    }

    private static T Checked<T>(LoadResult<T> result) => result.Success ? result.Value! : throw new CliException(result.Error);

    private static void WriteSummary(TextWriter o, EvalResult r, string goldPath)
    {
        var f = r.Figures;
        o.WriteLine(Invariant($"Scored {r.Documents.Length} document{(r.Documents.Length == 1 ? "" : "s")} against {goldPath}: {f.TruePositives + f.FalseNegatives} gold claims, {f.TruePositives + f.FalsePositives} predictions (optional figures left out)."));
        o.WriteLine();
        o.WriteLine("            precision  recall      F1");
        o.WriteLine(Invariant($"  figures   {Percent(f.Precision)}  {Percent(f.Recall)}  {Percent(f.F1)}   tp {f.TruePositives}  fp {f.FalsePositives}  fn {f.FalseNegatives}"));
        o.WriteLine(Invariant($"  full      {Percent(r.Full.Precision)}  {Percent(r.Full.Recall)}  {Percent(r.Full.F1)}   tp {r.Full.TruePositives}"));
        o.WriteLine();
        o.WriteLine(Invariant($"Field accuracy over {f.TruePositives} matched pairs:"));
        foreach (var a in r.Fields)
            o.WriteLine(Invariant($"  {a.Name,-13} {(a.Accuracy is { } x ? Percent(x) : "      -")}   {a.Correct}/{a.Total}"));
        foreach (var d in r.Documents)
        {
            o.WriteLine();
            o.WriteLine(Invariant($"{d.Doc}: figures P {Percent(d.Figures.Precision).Trim()} R {Percent(d.Figures.Recall).Trim()} F {Percent(d.Figures.F1).Trim()}, full F {Percent(d.Full.F1).Trim()}"));
            foreach (var m in d.Misses) o.WriteLine($"  miss   {Figure(m.Claim)}  \"{Shorten(m.Anchor)}\"");
            foreach (var e in d.Extras) o.WriteLine($"  extra  {Figure(e.Claim)}  \"{Shorten(e.Text)}\"");
        }
    }

    private static void WriteJson(TextWriter o, EvalResult r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            WritePrf(w, "figures", r.Figures);
            WritePrf(w, "full", r.Full);
            w.WriteStartObject("fields");
            foreach (var a in r.Fields)
            {
                w.WriteStartObject(a.Name);
                w.WriteNumber("correct", a.Correct);
                w.WriteNumber("total", a.Total);
                if (a.Accuracy is { } x) w.WriteNumber("accuracy", x);
                else w.WriteNull("accuracy");
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("documents");
            foreach (var d in r.Documents)
            {
                w.WriteStartObject();
                w.WriteString("doc", d.Doc);
                WritePrf(w, "figures", d.Figures);
                WritePrf(w, "full", d.Full);
                w.WriteStartArray("misses");
                foreach (var m in d.Misses) WriteFigure(w, m.Claim, m.Anchor);
                w.WriteEndArray();
                w.WriteStartArray("extras");
                foreach (var e in d.Extras) WriteFigure(w, e.Claim, e.Text);
                w.WriteEndArray();
                w.WriteNumber("ignored", d.Ignored.Length);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WritePrf(Utf8JsonWriter w, string name, PrfScore s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("p", s.Precision);
        w.WriteNumber("r", s.Recall);
        w.WriteNumber("f", s.F1);
        w.WriteNumber("tp", s.TruePositives);
        w.WriteNumber("fp", s.FalsePositives);
        w.WriteNumber("fn", s.FalseNegatives);
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Claim c, string text)
    {
        w.WriteStartObject();
        w.WriteString("measure", c.Measure.Name());
        if (c.Subject.Actor is null) w.WriteNull("actor");
        else w.WriteString("actor", c.Subject.Actor);
        w.WriteString("kind", c.Subject.Kind);
        w.WriteNumber("low", c.Figure.Value.Low);
        w.WriteNumber("high", c.Figure.Value.High);
        w.WriteString("hedge", c.Figure.Hedge.Name());
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Figure(Claim c)
    {
        var v = c.Figure.Value;
        var value = v.IsSingle ? Invariant($"{v.Low:#,0.##}") : Invariant($"{v.Low:#,0.##}-{v.High:#,0.##}");
        return $"{c.Measure.Name()} {value} {c.Subject.Actor ?? "?"} {c.Subject.Kind} ({c.Figure.Hedge.Name()})";
    }

    private static string Percent(double x) => Invariant($"{x * 100,6:0.0}%");

    private static string Shorten(string s, int max = 120)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
