using System.Data.Common;
using Dapper;

namespace Tally.Ledger.Storage;

/// <summary>One schema change, written once for both engines with the dialect's pieces.</summary>
public sealed record Migration(int Version, string Description, Func<SqlDialect, IReadOnlyList<string>> Statements);

/// <summary>
/// The ledger's schema as an ordered list of versioned migrations. A database records the versions
/// it has in <c>schema_migrations</c>; opening a ledger applies the missing ones, each in its own
/// transaction. Never edit a released migration: add the next one.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "documents, claims, their sources, full-text search", d =>
        [
            $"""
            CREATE TABLE documents (
                id {d.IdColumn},
                content_hash TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                title TEXT,
                outlet TEXT,
                url TEXT,
                published TEXT,
                fetched_at TEXT NOT NULL,
                extractor_version TEXT NOT NULL,
                simhash BIGINT NOT NULL,
                copy_of BIGINT REFERENCES documents(id) ON DELETE SET NULL,
                similarity {d.FloatType},
                text TEXT NOT NULL
            )
            """,
            "CREATE INDEX documents_url ON documents (url)",
            "CREATE INDEX documents_copy_of ON documents (copy_of)",
            $"""
            CREATE TABLE claims (
                id {d.IdColumn},
                document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                measure TEXT NOT NULL,
                actor TEXT,
                kind TEXT NOT NULL,
                subject_text TEXT NOT NULL,
                qualifier TEXT,
                low {d.FloatType} NOT NULL,
                high {d.FloatType} NOT NULL,
                hedge TEXT NOT NULL,
                value_text TEXT NOT NULL,
                aggregate TEXT NOT NULL,
                time_text TEXT,
                time_start TEXT,
                time_end TEXT,
                day_from TEXT,
                day_to TEXT,
                place_text TEXT,
                place_country TEXT,
                modality TEXT NOT NULL,
                source TEXT NOT NULL,
                source_country TEXT,
                according_to TEXT NOT NULL,
                evidence TEXT NOT NULL,
                evidence_text TEXT NOT NULL,
                anchor_start INTEGER NOT NULL,
                anchor_end INTEGER NOT NULL
            )
            """,
            // The questions filter by actor and measure and list the newest first (the benchmark's query).
            "CREATE INDEX claims_actor_measure ON claims (actor, measure, day_to)",
            "CREATE INDEX claims_measure ON claims (measure, day_to)",
            "CREATE INDEX claims_document ON claims (document_id)",
            "CREATE INDEX claims_source ON claims (source)",
            """
            CREATE TABLE claim_sources (
                claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                role TEXT,
                country TEXT,
                PRIMARY KEY (claim_id, position)
            )
            """,
            "CREATE INDEX claim_sources_name ON claim_sources (name)",
            .. d.FullTextIndexDdl,
        ]),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>Applies every migration the database lacks; returns the versions applied.</summary>
    public static IReadOnlyList<int> Apply(DbConnection connection, SqlDialect dialect)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var have = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        if (have.Count > 0 && have.Max() > Latest)
            throw new LedgerException(LedgerErrors.SchemaTooNew(have.Max(), Latest));
        var applied = new List<int>();
        foreach (var migration in All.Where(m => !have.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            foreach (var sql in migration.Statements(dialect)) connection.Execute(sql, transaction: tx);
            connection.Execute(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@Version, @Description, @At)",
                new { migration.Version, migration.Description, At = DateTimeOffset.UtcNow.ToString("O") }, tx);
            tx.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }
}
