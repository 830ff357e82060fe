using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Alerts.Store.Database;

/// <summary>Opens connections to the store. One connection per unit of work; pooling makes that cheap.</summary>
public sealed class StoreDb
{
    public StoreDb(IOptions<StoreOptions> options)
    {
        var o = options.Value;
        var builder = new SqliteConnectionStringBuilder(o.ConnectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until this timeout: this is our busy timeout.
            DefaultTimeout = o.BusyTimeoutSeconds,
        };
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string ConnectionString { get; }

    /// <summary>The database file, as configured (relative paths resolve against the working directory).</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
