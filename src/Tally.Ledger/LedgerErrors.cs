namespace Tally.Ledger;

/// <summary>
/// Coded messages for the ledger (E2xx), as <see cref="TallyErrors"/> keeps the engine's: each names
/// the offender and the fix.
/// </summary>
public static class LedgerErrors
{
    public static string SchemaTooNew(int have, int latest) =>
        $"[E201] The ledger's schema is at version {have}, newer than this tally knows ({latest}). Upgrade tally.";
    public static string CannotOpen(string location, string reason) =>
        $"[E202] Cannot open the ledger at {location}: {reason}";
    public static string NoSuchInput(string input) =>
        $"[E203] {input} is neither a file, a folder nor an http(s) URL.";
    public static string FetchFailed(string url, string reason) => $"[E204] Fetching {url} failed: {reason}";
    public static string BadFeed(string url, string reason) => $"[E205] {url} looks like a feed but could not be read: {reason}";
    public static string ExtractionFailed(string name, string reason) => $"[E206] Extracting claims from {name} failed: {reason}";
    public static string StoreFailed(string name, string reason) => $"[E207] Storing {name} failed, nothing of it was kept: {reason}";
    public static string EmptyFolder(string path) => $"[E208] The folder {path} holds no files.";
}

/// <summary>A ledger error the user can act on; its message is one of <see cref="LedgerErrors"/>.</summary>
public sealed class LedgerException(string message, Exception? inner = null) : Exception(message, inner);
