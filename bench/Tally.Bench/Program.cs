using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Tally.Bench;
using Tally.Claims;
using Tally.Documents;
using Tally.Pipeline;
using Tally.Reading;

// Tally's extraction throughput on one thread over a generated corpus, beside wink-nlp over the same files.
// Usage: Tally.Bench [--mb N] [--seed N] [--passes N] [--stages] [--digest]   (bench/run.sh builds in Release and installs the peer first)
// --passes: timed passes over the corpus for each side, the fastest reported (default 3): one pass on a
// shared machine varies by about 10%, which decided whether the ratio read above or below its target.
// --stages: time and bytes allocated per stage instead of the comparison; --digest: a hash of every
// document's layers, diagnostics and claims, so a speed-up can show that it changed no output.
const double TargetMbPerSecond = 10;
const double TargetRatio = 4;
// Long enough for tiered JIT to finish: a shorter warm-up measured about 10% below steady state.
const double WarmUpSeconds = 3;

double mb = 20;
int seed = 1;
int passes = 3;
bool stages = false, digest = false;
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
        case "--passes" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var p) && p > 0:
            passes = p;
            i++;
            break;
        case "--stages":
            stages = true;
            break;
        case "--digest":
            digest = true;
            break;
        default:
            Console.Error.WriteLine($"bench: unknown or incomplete option '{args[i]}'. Usage: Tally.Bench [--mb N] [--seed N] [--passes N] [--stages] [--digest]");
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
if (stages || digest)
{
    if (stages) ProfileStages(texts, corpusBytes);
    if (digest) Console.WriteLine($"digest: {Digest(texts)}");
    Directory.Delete(folder, recursive: true);
    return 0;
}

var tally = MeasureTally(texts, corpusBytes, passes);
var wink = MeasureWink(folder, corpusBytes, passes);

Console.WriteLine();
Console.WriteLine($"Fastest of {passes} timed pass{(passes == 1 ? "" : "es")} for each; every pass in MB/s:");
Console.WriteLine($"  tally {string.Join(" ", tally.Passes.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}");
if (wink is not null) Console.WriteLine($"  wink  {string.Join(" ", wink.Passes.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}");
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

// Reading (format detection, source line) and the default pipeline, as `tally extract` does per article;
// the fastest of the timed passes, with the bytes allocated by the first.
static Result MeasureTally(List<(string Name, string Text)> texts, long bytes, int passes)
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
    WarmUp(texts, Run);
    var seconds = new List<double>();
    long allocated = 0;
    for (int pass = 0; pass < passes; pass++)
    {
        sentences = tokens = 0;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        foreach (var item in texts) Run(item);
        clock.Stop();
        if (pass == 0) allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        seconds.Add(clock.Elapsed.TotalSeconds);
    }
    using var self = Process.GetCurrentProcess();
    return new Result(bytes / 1e6 / seconds.Min(), seconds.Min(), self.PeakWorkingSet64 / 1e6, allocated / 1e6, sentences, tokens, 0,
        [.. seconds.Select(s => bytes / 1e6 / s)]);
}

// Each stage timed on its own after the same warm-up, with the bytes it allocates on this thread;
// reading counts as a stage since `tally extract` pays for it too.
// Lets tiered JIT finish optimising the hot paths before a clock starts. A fixed share of the corpus ended
// before tier-1 code was in place (about 10% below steady state), so this runs for a set time, cycling.
static void WarmUp(List<(string Name, string Text)> texts, Action<(string Name, string Text)> run)
{
    var warm = Stopwatch.StartNew();
    for (int i = 0; warm.Elapsed.TotalSeconds < WarmUpSeconds || i < Math.Min(200, texts.Count); i++) run(texts[i % texts.Count]);
}

static void ProfileStages(List<(string Name, string Text)> texts, long bytes)
{
    var stages = TallyPipeline.Default.Stages;
    var ticks = new long[stages.Count + 1];
    var allocated = new long[stages.Count + 1];
    void Run((string Name, string Text) item, bool measure)
    {
        long a0 = GC.GetAllocatedBytesForCurrentThread(), t0 = Stopwatch.GetTimestamp();
        var read = ArticleReader.FromString(item.Text, item.Name);
        if (!read.Success) throw new InvalidOperationException(read.Error);
        var doc = new TallyDocument(read.Article.Text, read.Article.Metadata);
        long a1 = GC.GetAllocatedBytesForCurrentThread(), t1 = Stopwatch.GetTimestamp();
        if (measure) { ticks[0] += t1 - t0; allocated[0] += a1 - a0; }
        for (int s = 0; s < stages.Count; s++)
        {
            (a0, t0) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
            stages[s].Process(doc);
            (a1, t1) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
            if (measure) { ticks[s + 1] += t1 - t0; allocated[s + 1] += a1 - a0; }
        }
    }
    WarmUp(texts, item => Run(item, measure: false));
    GC.Collect();
    foreach (var item in texts) Run(item, measure: true);

    Console.WriteLine();
    Console.WriteLine($"{"stage",-12} {"seconds",8} {"MB/s",8} {"share",6} {"allocated MB",13}");
    long total = ticks.Sum();
    for (int s = 0; s < ticks.Length; s++)
    {
        double seconds = (double)ticks[s] / Stopwatch.Frequency;
        Console.WriteLine($"{(s == 0 ? "read" : stages[s - 1].Name),-12} {seconds,8:0.000} {bytes / 1e6 / seconds,8:0.0} {(double)ticks[s] / total,6:P0} {allocated[s] / 1e6,13:0.0}");
    }
    double all = (double)total / Stopwatch.Frequency;
    Console.WriteLine($"{"all",-12} {all,8:0.000} {bytes / 1e6 / all,8:0.00} {"",6} {allocated.Sum() / 1e6,13:0.0}");
}

// SHA-256 over what every document comes out with: its layers, its diagnostics and its claims as JSON.
static string Digest(List<(string Name, string Text)> texts)
{
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    foreach (var item in texts)
    {
        var read = ArticleReader.FromString(item.Text, item.Name);
        if (!read.Success) throw new InvalidOperationException(read.Error);
        var doc = TallyPipeline.Default.Process(read.Article.Text, read.Article.Metadata);
        var sb = new StringBuilder(doc.DumpLayers());
        foreach (var d in doc.Diagnostics) sb.Append(d).Append('\n');
        foreach (var c in doc.Claims) sb.Append(ClaimJson.ToJsonLine(c, doc)).Append('\n');
        hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
    }
    return Convert.ToHexString(hash.GetHashAndReset());
}

// Runs bench/peer/wink.mjs over the corpus folder; null (with a reason printed) when it cannot.
static Result? MeasureWink(string folder, long bytes, int passes)
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
    start.ArgumentList.Add(passes.ToString(CultureInfo.InvariantCulture));
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
        var seconds = r.GetProperty("seconds").EnumerateArray().Select(x => x.GetDouble()).ToList();
        long winkBytes = r.GetProperty("bytes").GetInt64();
        if (winkBytes != bytes) Console.WriteLine($"wink-nlp: warning, read {winkBytes:N0} bytes, Tally {bytes:N0}");
        return new Result(winkBytes / 1e6 / seconds.Min(), seconds.Min(), r.GetProperty("maxRssMB").GetDouble(), 0,
            r.GetProperty("sentences").GetInt64(), 0, r.GetProperty("entities").GetInt64(), [.. seconds.Select(x => winkBytes / 1e6 / x)]);
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

internal sealed record Result(double MbPerSecond, double Seconds, double PeakRssMb, double AllocatedMb, long Sentences, long Tokens, long Entities, double[] Passes);
