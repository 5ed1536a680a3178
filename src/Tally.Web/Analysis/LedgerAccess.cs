using Tally.Ledger.Storage;

namespace Tally.Web.Analysis;

/// <summary>
/// Opens the server's ledger. A <see cref="LedgerDatabase"/> is not thread-safe, so each request opens
/// its own and disposes it (PostgreSQL connections come from Npgsql's pool; a SQLite file opens in
/// well under a millisecond).
/// </summary>
public sealed class LedgerAccess(string target)
{
    public string Target { get; } = target;

    public LedgerDatabase Open() => LedgerDatabase.Open(Target);
}
