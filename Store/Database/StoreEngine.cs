using System.Data.Common;

namespace Alerts.Store.Database;

/// <summary>The two databases the store runs on: SQLite, embedded, for one Host; PostgreSQL, shared, for several.</summary>
public enum StoreEngine
{
    Sqlite,
    Postgres,
}

public static class StoreEngines
{
    /// <summary>
    /// Which engine a connection string names: one with a <c>Host</c> key is PostgreSQL (Npgsql's form,
    /// <c>Host=…;Database=…</c>); anything else is a SQLite file (<c>Data Source=alerts.db</c>).
    /// </summary>
    public static StoreEngine Of(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.ContainsKey("Host") ? StoreEngine.Postgres : StoreEngine.Sqlite;
    }
}
