using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Database;

/// <summary>
/// Serialises transactions that read a count and then write from it (failed sign-ins, wrong codes, an incident to
/// join) across Hosts. On PostgreSQL (READ COMMITTED) two such transactions on two Hosts would both read the same
/// count; a transaction-scoped advisory lock on a key makes the second wait for the first to commit. SQLite's write
/// transaction already excludes every other writer, so there is nothing more to take.
/// </summary>
public static class EngineLock
{
    private const string Take = "SELECT pg_advisory_xact_lock(hashtextextended(@Key, 0))";
    private const string TakeForSession = "SELECT pg_advisory_lock(hashtextextended(@Key, 0))";
    private const string Release = "SELECT pg_advisory_unlock(hashtextextended(@Key, 0))";

    /// <summary>Holds <paramref name="key"/> until <paramref name="tx"/> ends; waits while another transaction holds it.</summary>
    public static Task LockAsync(DbConnection c, DbTransaction tx, string key, CancellationToken ct) => c is SqliteConnection
        ? Task.CompletedTask
        : c.ExecuteAsync(new CommandDefinition(Take, new { Key = key }, tx, cancellationToken: ct));

    /// <summary>
    /// Runs <paramref name="work"/> holding <paramref name="key"/> on the connection itself, for work that spans
    /// several transactions (migrating, loading the demo county), then lets it go by hand: a pooled connection's session
    /// outlives the work. On SQLite, as above, there is nothing to take.
    /// </summary>
    public static async Task<T> WhileHoldingAsync<T>(DbConnection c, string key, Func<Task<T>> work, CancellationToken ct)
    {
        if (c is SqliteConnection) return await work();
        await c.ExecuteAsync(new CommandDefinition(TakeForSession, new { Key = key }, cancellationToken: ct));
        try
        {
            return await work();
        }
        finally
        {
            await c.ExecuteAsync(new CommandDefinition(Release, new { Key = key }, cancellationToken: CancellationToken.None));
        }
    }
}
