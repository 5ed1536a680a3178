using System.Net;

namespace Tally.Web;

/// <summary>
/// How <c>tally serve</c> runs: which ledger, where it listens, and the token writes need. Bound to a
/// loopback address the server trusts its one local user; bound anywhere else it refuses to start
/// without a <see cref="Token"/>, and every write must present it.
/// </summary>
public sealed record TallyWebOptions
{
    /// <summary>The environment variable read for the token when no <c>--token</c> is given.</summary>
    public const string TokenVariable = "TALLY_TOKEN";

    public const int DefaultPort = 5080;

    /// <summary>The ledger to open: a SQLite path or a PostgreSQL connection string, as <c>--db</c> takes.</summary>
    public required string Ledger { get; init; }

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 lets the system pick a free one (tests, benchmarks).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The secret every write must present (bearer header or form field); null leaves writes open, which only loopback allows.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted; articles are far smaller than this.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Fetches pages for "add by URL"; null makes a client with a 30 s timeout.</summary>
    public HttpClient? Http { get; init; }

    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
