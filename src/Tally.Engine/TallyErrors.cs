namespace Tally;

/// <summary>
/// Coded, parameterised messages for programmer errors and user-facing input errors, in one place so
/// that wording stays consistent and each message names the offender and the fix.
/// </summary>
public static class TallyErrors
{
    public static string LayerMissing(string stage, Documents.Layer layer) =>
        $"[E001] Stage '{stage}' reads layer '{layer}', which no earlier stage assigned. Add the stage that assigns it before '{stage}'.";

    public static string StageOrder(string stage, Documents.Layer missing) =>
        $"[E002] Stage '{stage}' requires layer(s) '{missing}', which no earlier stage assigns. Insert the stage that assigns it before '{stage}'.";

    public static string StageDidNotAssign(string stage, Documents.Layer layer) =>
        $"[E003] Stage '{stage}' declares it assigns '{layer}' but left it unset.";

    public const string PipelineFrozen =
        "[E004] The pipeline builder was already built; create a new TallyPipelineBuilder to change stages.";

    public static string StageNotFound(string name) => $"[E005] No stage of type '{name}' in the pipeline.";

    public static string FileNotFound(string path) => $"[E101] No such file: {path}";
    public static string IsDirectory(string path) => $"[E102] {path} is a directory, not an article file.";
    public static string Binary(string path) => $"[E103] {path} looks binary, not text (it contains NUL bytes).";
    public static string InvalidUtf8(string path, long offset) => $"[E104] {path} is not valid UTF-8 (bad byte at offset {offset}).";
    public static string Empty(string path) => $"[E105] {path} has no article text.";
    public static string TooLarge(string path, long bytes, long limit) =>
        $"[E106] {path} is {bytes:N0} bytes; articles larger than {limit:N0} bytes are refused.";
    public static string Unreadable(string path, string reason) => $"[E107] Cannot read {path}: {reason}";
    public static string BadDate(string text) => $"[E108] '{text}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.";
    public static string BadHtml(string path, string reason) => $"[E110] Cannot read the HTML page {path}: {reason}";
    public static string BadGold(string path, int line, string reason) => $"[E109] {path}:{line}: {reason}";
    public static string BadPredictions(string path, int line, string reason) => $"[E120] {path}:{line}: {reason}";
    public static string NoGold(string folder) => $"[E121] {folder} holds no *.jsonl gold files.";
    public static string NoArticle(string doc, string goldFile, string folder) =>
        $"[E122] No article for document '{doc}' of {goldFile}: put {doc}.txt, .md or .html in {folder}, or name the files to score.";
    public const string EvalSourcesConflict =
        "[E123] Give article files, --dir or --predictions, not several: each names what to score against the gold.";
}
