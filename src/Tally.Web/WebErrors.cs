namespace Tally.Web;

/// <summary>
/// A request the user can fix, answered as RFC 7807 problem details (or an HTML error page) with
/// <see cref="Status"/> and this message as the detail. Coded like <c>TallyErrors</c> (E3xx for the web).
/// </summary>
public sealed class WebInputException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static WebInputException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}

/// <summary>The web's coded messages: each names the offender and the fix.</summary>
public static class WebErrors
{
    public static string BadParameter(string name, string value, string expected) =>
        $"[E301] '{value}' is not a valid {name}: expected {expected}.";
    public static string NoSuchDocument(long id) => $"[E302] There is no document {id} in the ledger.";
    public static string TokenRequired => "[E303] This server needs its token for writes: send 'Authorization: Bearer TOKEN' (or the token field of the form).";
    public static string TextOrUrl => "[E304] Give either the article's text or its URL, not both and not neither.";
    public static string NothingAdded(string reasons) => $"[E305] Nothing was added: {reasons}";
    public static string NoTokenOnOpenAddress(string address) =>
        $"[E306] Listening on {address}, which is not loopback, needs a token for writes: pass --token or set {TallyWebOptions.TokenVariable}.";
    public static string BadUrl(string url) => $"[E307] '{url}' is not an http(s) URL.";
}
