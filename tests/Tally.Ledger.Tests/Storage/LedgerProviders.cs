using Npgsql;
using Xunit;
using Tally.Ledger.Storage;

namespace Tally.Ledger.Tests.Storage;

/// <summary>
/// A database for one test, like Dapper's TestBase providers: <see cref="Open"/> may be called more
/// than once and reaches the same database; disposing removes it.
/// </summary>
public abstract class LedgerProvider : IDisposable
{
    public abstract LedgerBackend Backend { get; }

    /// <summary>What <c>--db</c> would be given to reach this database.</summary>
    public abstract string Target { get; }

    public LedgerDatabase Open() => LedgerDatabase.Open(Target);

    public abstract void Dispose();
}

/// <summary>A SQLite file in the temp folder: always available.</summary>
public sealed class SqliteProvider : LedgerProvider
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tally-ledger-test-").FullName;

    public override LedgerBackend Backend => LedgerBackend.Sqlite;
    public override string Target => Path.Combine(_folder, "ledger.db");
    public override void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>
/// A fresh schema in the PostgreSQL server that <see cref="Variable"/> names (scripts/postgres-test.sh
/// starts one). Without the variable the tests skip, except under CI=true, where they fail: CI must
/// run them on both backends.
/// </summary>
public sealed class PostgresProvider : LedgerProvider
{
    public const string Variable = "TALLY_TEST_PG";

    private readonly string _server;
    private readonly string _schema = "tally_test_" + Guid.NewGuid().ToString("N");

    public PostgresProvider()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            const string how = $"Set {Variable} to a connection string, e.g. export {Variable}=\"$(scripts/postgres-test.sh start)\".";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL ledger tests must run in CI. {how}");
            throw new SkipException($"PostgreSQL tests skipped: {Variable} is not set. {how}");
        }
        _server = server;
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", admin);
        create.ExecuteNonQuery();
    }

    public override LedgerBackend Backend => LedgerBackend.Postgres;
    public override string Target => new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", admin);
        drop.ExecuteNonQuery();
    }
}
