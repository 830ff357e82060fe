using Alerts.Store.Database;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Alerts.Store.Migrations;

/// <summary>
/// Brings the schema up to date: each pending migration runs in its own transaction and is recorded in
/// <c>schema_version</c> in that same transaction, so a failure leaves the database exactly as it was. Several Hosts
/// starting at once against one PostgreSQL take turns on an advisory lock; on SQLite the write lock does the same.
/// </summary>
public sealed class Migrator(StoreDb db, ILogger<Migrator> logger)
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_utc TEXT    NOT NULL
        )
        """;
    private const string SelectCurrent = "SELECT MAX(version) FROM schema_version";
    private const string InsertVersion =
        "INSERT INTO schema_version (version, name, applied_utc) VALUES (@Version, @Name, @AppliedUtc)";

    public static int LatestVersion => EmbeddedMigrations.Latest;

    /// <summary>Applies every pending embedded migration; returns the schema version reached.</summary>
    public Task<int> MigrateAsync(CancellationToken ct) => MigrateAsync(EmbeddedMigrations.For(db.Engine), ct);

    internal async Task<int> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        // WAL is a property of the file and cannot be set inside a transaction, so it is set here, once.
        if (db.Engine == StoreEngine.Sqlite)
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL", cancellationToken: ct));
        // On PostgreSQL, Hosts take turns for the whole run: "CREATE TABLE IF NOT EXISTS" itself is not safe against a
        // second Host running it at the same moment.
        return await EngineLock.WhileHoldingAsync(connection, "migrating", () => MigrateOnAsync(connection, migrations, ct), ct);
    }

    private async Task<int> MigrateOnAsync(DbConnection connection, IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, cancellationToken: ct));

        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = await CurrentVersionAsync(connection, null, ct);
        if (current > latest)
            throw new MigrationException(
                $"The database is at schema version {current}, newer than this build of Alerts knows ({latest}). " +
                "Run the newer Alerts that wrote it, or restore a backup; nothing was changed.");

        foreach (var migration in migrations)
        {
            if (migration.Version <= current) continue;
            current = await ApplyAsync(connection, migration, ct);
        }
        return current;
    }

    /// <summary>The schema version recorded in the database, or 0 when none is.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(db.Engine == StoreEngine.Postgres
            ? "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken: ct));
        return exists == 0 ? 0 : await CurrentVersionAsync(connection, null, ct);
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<int?>(new CommandDefinition(SelectCurrent, transaction: tx, cancellationToken: ct)) ?? 0;

    private async Task<int> ApplyAsync(DbConnection connection, Migration migration, CancellationToken ct)
    {
        // BeginTransaction is IMMEDIATE in Microsoft.Data.Sqlite: a second instance starting at the same moment
        // waits here, then sees the version already recorded and skips.
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (await CurrentVersionAsync(connection, tx, ct) >= migration.Version) return migration.Version;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(InsertVersion,
                new { migration.Version, migration.Name, AppliedUtc = DateTimeOffset.UtcNow }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
        catch (DbException ex)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new MigrationException(
                $"Migration {migration.Name} failed and was rolled back; the schema stays at the previous version. {ex.Message}", ex);
        }
        logger.LogInformation("Applied migration {Migration}", migration.Name);
        return migration.Version;
    }
}
