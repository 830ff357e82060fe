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

    /// <summary>Holds <paramref name="key"/> until <paramref name="tx"/> ends; waits while another transaction holds it.</summary>
    public static Task LockAsync(DbConnection c, DbTransaction tx, string key, CancellationToken ct) => c is SqliteConnection
        ? Task.CompletedTask
        : c.ExecuteAsync(new CommandDefinition(Take, new { Key = key }, tx, cancellationToken: ct));
}
