using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Database;

/// <summary>
/// Whether the database can be written now, for /health: reading proves little, since SQLite opens a file it may not
/// write read-only without complaint and fails only at the first write.
/// </summary>
public sealed class WriteProbe(StoreDb db)
{
    // Short, so /health answers while a long write (a seed, a big targeting) holds the lock; a busy database is
    // reported as such rather than waited on for the full busy timeout.
    private const int BusyTimeoutSeconds = 5;

    // A real write, to the one row every migrated database has; rolled back, so the probe leaves nothing behind.
    private const string Touch = """
        UPDATE schema_version SET applied_utc = applied_utc WHERE version = (SELECT MAX(version) FROM schema_version)
        """;

    /// <summary>
    /// Takes the write lock and writes one row, then rolls back; throws the DbException that a real write would
    /// meet (SQLITE_READONLY, SQLITE_BUSY, SQLITE_IOERR …; on PostgreSQL a read-only standby, a full disk …).
    /// </summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        if (db.Engine == StoreEngine.Postgres)
        {
            // A server refuses writes for its own reasons (read-only standby, disk full): the same update says so. Never
            // committed, so disposing the unit rolls it back.
            await using var work = await db.BeginAsync(ct);
            await work.Connection.ExecuteAsync(new CommandDefinition(Touch, transaction: work.Transaction, cancellationToken: ct));
            return;
        }

        // A new, unpooled connection: a pooled one may hold a handle opened while the file was still writable, and
        // would say nothing of what the next connection meets.
        var settings = new SqliteConnectionStringBuilder(db.ConnectionString) { Pooling = false, DefaultTimeout = BusyTimeoutSeconds };
        await using var c = new SqliteConnection(settings.ToString());
        await c.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}", cancellationToken: ct));
        // BeginTransaction is BEGIN IMMEDIATE in Microsoft.Data.Sqlite: it takes the write lock before writing.
        await using var tx = c.BeginTransaction();
        await c.ExecuteAsync(new CommandDefinition(Touch, transaction: tx, cancellationToken: ct));
        await tx.RollbackAsync(ct);
    }
}
