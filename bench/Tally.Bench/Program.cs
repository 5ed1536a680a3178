using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tally.Bench;
using Tally.Pipeline;
using Tally.Reading;

// Tally's extraction throughput on one thread over a generated corpus, beside wink-nlp over the same files.
// Usage: Tally.Bench [--mb N] [--seed N]   (bench/run.sh builds in Release and installs the peer first)
const double TargetMbPerSecond = 10;
const double TargetRatio = 4;

double mb = 20;
int seed = 1;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--mb" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var m) && m > 0:
            mb = m;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        default:
            Console.Error.WriteLine($"bench: unknown or incomplete option '{args[i]}'. Usage: Tally.Bench [--mb N] [--seed N]");
            return 2;
    }
}

var folder = Path.Combine(Path.GetTempPath(), $"tally-bench-{seed}-{mb.ToString(CultureInfo.InvariantCulture)}mb");
if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
var generation = Stopwatch.StartNew();
var paths = new NewsGenerator(seed).WriteCorpus(folder, (long)(mb * 1_000_000));
var texts = paths.Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p))).ToList();
long corpusBytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
Console.WriteLine($"Corpus: {corpusBytes / 1e6:0.0} MB in {texts.Count:N0} articles (seed {seed}), generated in {generation.Elapsed.TotalSeconds:0.0} s at {folder}");

var tally = MeasureTally(texts, corpusBytes);
var wink = MeasureWink(folder, corpusBytes);

Console.WriteLine();
Console.WriteLine($"{"",-22} {"MB/s",8} {"seconds",9} {"peak RSS MB",12} {"allocated MB",13}");
Console.WriteLine($"{"tally (1 thread)",-22} {tally.MbPerSecond,8:0.00} {tally.Seconds,9:0.00} {tally.PeakRssMb,12:0} {tally.AllocatedMb,13:0}");
if (wink is not null)
{
    Console.WriteLine($"{"wink-nlp (node)",-22} {wink.MbPerSecond,8:0.00} {wink.Seconds,9:0.00} {wink.PeakRssMb,12:0} {"-",13}");
    Console.WriteLine($"{"ratio tally / wink",-22} {tally.MbPerSecond / wink.MbPerSecond,7:0.0}x");
}
Console.WriteLine();
Console.WriteLine($"Target {TargetMbPerSecond} MB/s on one core: {(tally.MbPerSecond >= TargetMbPerSecond ? "met" : "NOT met")}");
Console.WriteLine(wink is null
    ? $"Target {TargetRatio}x wink-nlp: not measured (peer did not run)"
    : $"Target {TargetRatio}x wink-nlp: {(tally.MbPerSecond / wink.MbPerSecond >= TargetRatio ? "met" : "NOT met")}");
Console.WriteLine($"tally: {tally.Sentences:N0} sentences, {tally.Tokens:N0} tokens; stages: {string.Join(", ", TallyPipeline.Default.Stages.Select(s => s.Name))}");
if (wink is not null) Console.WriteLine($"wink-nlp: {wink.Sentences:N0} sentences, {wink.Entities:N0} entities");
Directory.Delete(folder, recursive: true);
return 0;

// Reading (format detection, source line) and the default pipeline, as `tally extract` does per article.
static Result MeasureTally(List<(string Name, string Text)> texts, long bytes)
{
    var pipeline = TallyPipeline.Default;
    long sentences = 0, tokens = 0;
    void Run((string Name, string Text) item)
    {
        var read = ArticleReader.FromString(item.Text, item.Name);
        if (!read.Success) throw new InvalidOperationException(read.Error);
        var doc = pipeline.Process(read.Article.Text, read.Article.Metadata);
        sentences += doc.Sentences.Count;
        tokens += doc.Tokens.Count;
    }
    // Warm-up: let tiered JIT compile the hot paths before the clock starts.
    foreach (var item in texts.Take(Math.Max(200, texts.Count / 10))) Run(item);
    sentences = tokens = 0;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    foreach (var item in texts) Run(item);
    clock.Stop();
    long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    double seconds = clock.Elapsed.TotalSeconds;
    using var self = Process.GetCurrentProcess();
    return new Result(bytes / 1e6 / seconds, seconds, self.PeakWorkingSet64 / 1e6, allocated / 1e6, sentences, tokens, 0);
}

// Runs bench/peer/wink.mjs over the corpus folder; null (with a reason printed) when it cannot.
static Result? MeasureWink(string folder, long bytes)
{
    var peer = FindPeer();
    if (peer is null)
    {
        Console.WriteLine("wink-nlp: skipped, bench/peer/wink.mjs not found above " + AppContext.BaseDirectory);
        return null;
    }
    if (!Directory.Exists(Path.Combine(peer, "node_modules", "wink-nlp")))
    {
        Console.WriteLine("wink-nlp: skipped, not installed; run bench/run.sh (it runs npm ci in bench/peer)");
        return null;
    }
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(Path.Combine(peer, "wink.mjs"));
    start.ArgumentList.Add(folder);
    try
    {
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            Console.WriteLine($"wink-nlp: failed (exit {node.ExitCode}): {stderr.Result.Trim()}");
            return null;
        }
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;
        double seconds = r.GetProperty("seconds").GetDouble();
        long winkBytes = r.GetProperty("bytes").GetInt64();
        if (winkBytes != bytes) Console.WriteLine($"wink-nlp: warning, read {winkBytes:N0} bytes, Tally {bytes:N0}");
        return new Result(winkBytes / 1e6 / seconds, seconds, r.GetProperty("maxRssMB").GetDouble(), 0,
            r.GetProperty("sentences").GetInt64(), 0, r.GetProperty("entities").GetInt64());
    }
    catch (Win32Exception)
    {
        Console.WriteLine("wink-nlp: skipped, node is not installed (apt-get install nodejs npm)");
        return null;
    }
}

static string? FindPeer()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "peer");
        if (File.Exists(Path.Combine(candidate, "wink.mjs"))) return candidate;
    }
    return null;
}

internal sealed record Result(double MbPerSecond, double Seconds, double PeakRssMb, double AllocatedMb, long Sentences, long Tokens, long Entities);
