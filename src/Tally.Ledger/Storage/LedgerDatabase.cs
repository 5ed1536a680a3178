using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tally.Ledger.Storage;

/// <summary>
/// An open ledger: one connection to a SQLite file or a PostgreSQL database, its schema migrated to
/// the latest version, and the stores that read and write it. Not thread-safe: one ledger belongs
/// to one command or one request at a time; open another for concurrent work.
/// </summary>
public sealed class LedgerDatabase : IDisposable
{
    /// <summary>The environment variable naming the ledger when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "TALLY_DB";

    static LedgerDatabase() => TypeHandlers.Register();

    private LedgerDatabase(DbConnection connection, SqlDialect dialect, string location)
    {
        Connection = connection;
        Dialect = dialect;
        Location = location;
        Documents = new DocumentStore(connection, dialect);
        Claims = new ClaimStore(connection, dialect);
    }

    public DbConnection Connection { get; }
    public SqlDialect Dialect { get; }
    public LedgerBackend Backend => Dialect.Backend;

    /// <summary>Where the ledger is, for messages: a file path, or host and database without a password.</summary>
    public string Location { get; }

    public DocumentStore Documents { get; }
    public ClaimStore Claims { get; }

    /// <summary>
    /// The SQLite file used when neither <c>--db</c> nor <see cref="EnvironmentVariable"/> names one:
    /// tally/ledger.db under the user's local data folder (~/.local/share on Linux).
    /// </summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "tally", "ledger.db");

    /// <summary>The ledger to open: the explicit target, else <see cref="EnvironmentVariable"/>, else <see cref="DefaultPath"/>.</summary>
    public static string ResolveTarget(string? explicitTarget) =>
        !string.IsNullOrWhiteSpace(explicitTarget) ? explicitTarget
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : DefaultPath;

    /// <summary>
    /// Whether a target names PostgreSQL: a postgres:// or postgresql:// URI, or a keyword connection
    /// string with a Host or Server. Anything else is a SQLite file path (or ":memory:").
    /// </summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (target.Contains('=') && (target.Contains("host=", StringComparison.OrdinalIgnoreCase) || target.Contains("server=", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Opens (creating if need be) the ledger a target names and migrates it; throws <see cref="LedgerException"/> when it cannot.</summary>
    public static LedgerDatabase Open(string target)
    {
        bool postgres = IsPostgres(target);
        var dialect = postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;
        string connectionString, location;
        if (postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(target.Contains("://", StringComparison.Ordinal) ? FromUri(target) : target);
            connectionString = builder.ConnectionString;
            location = $"postgresql {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        }
        else
        {
            location = target;
            if (target != ":memory:")
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(target));
                if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            }
            // Without pooling the file is closed with the ledger, so it can be moved or deleted at once.
            connectionString = new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString;
        }
        var connection = dialect.CreateConnection(connectionString);
        try
        {
            connection.Open();
            foreach (var sql in dialect.SessionSetup) connection.Execute(sql);
            Migrations.Apply(connection, dialect);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            connection.Dispose();
            throw new LedgerException(LedgerErrors.CannotOpen(location, e.Message), e);
        }
        return new LedgerDatabase(connection, dialect, location);
    }

    /// <summary>Starts the transaction that one document and its claims are written in.</summary>
    public DbTransaction BeginTransaction() => Connection.BeginTransaction();

    /// <summary>
    /// A cheap value that changes whenever a document or claim is added, so answers computed from the
    /// ledger can be cached until it changes: the highest claim and document ids. Re-extraction replaces
    /// claims with new ids, so it changes the stamp too, unless it leaves a document with no claims.
    /// </summary>
    public LedgerStamp QueryStamp()
    {
        var (claim, document) = Connection.QuerySingle<(long?, long?)>("SELECT (SELECT MAX(id) FROM claims), (SELECT MAX(id) FROM documents)");
        return new LedgerStamp(claim, document);
    }

    /// <summary>The schema versions this database has applied.</summary>
    public IReadOnlyList<int> SchemaVersions() => [.. Connection.Query<int>("SELECT version FROM schema_migrations ORDER BY version")];

    public void Dispose() => Connection.Dispose();

    /// <summary>postgres://user:password@host:port/database?key=value as Npgsql keywords.</summary>
    private static string FromUri(string uri)
    {
        var u = new Uri(uri);
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host };
        if (u.Port > 0) b.Port = u.Port;
        var userInfo = u.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) b.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1) b.Password = Uri.UnescapeDataString(userInfo[1]);
        var database = u.AbsolutePath.Trim('/');
        if (database.Length > 0) b.Database = Uri.UnescapeDataString(database);
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b.ConnectionString;
    }
}

/// <summary>See <see cref="LedgerDatabase.QueryStamp"/>; null ids where a table is empty.</summary>
public readonly record struct LedgerStamp(long? LastClaim, long? LastDocument);
