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
        // Per-connection settings (SQLite keeps neither in the file):
        // - busy_timeout lets SQLite's own busy handler wait on a locked database in steps of a few milliseconds;
        //   Microsoft.Data.Sqlite's fallback retry sleeps 150 ms at a time, which showed up as a 1 s p99 under load.
        // - synchronous=NORMAL is the usual WAL setting: a commit survives a crash of the process (what we promise),
        //   only a power cut can take the last commits back; FULL would fsync every commit.
        _connectionPragmas = $"PRAGMA busy_timeout = {o.BusyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";
        DataSource = builder.DataSource;
    }

    private const int SqliteCantOpen = 14;

    private readonly string _connectionPragmas;

    public string ConnectionString { get; }

    /// <summary>The database file, as configured (relative paths resolve against the working directory).</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteCantOpen)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException(CannotOpen(DataSource), ex);
        }

        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = _connectionPragmas;
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>Opens a connection and begins its write transaction (waiting for the write lock, up to the busy timeout).</summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            return new UnitOfWork(connection, connection.BeginTransaction());
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>What to tell the operator when SQLite cannot open <paramref name="dataSource"/> (its error 14 says
    /// only "unable to open database file").</summary>
    internal static string CannotOpen(string dataSource)
    {
        var path = Path.GetFullPath(dataSource);
        var folder = Path.GetDirectoryName(path);
        var why = Directory.Exists(path) ? "a folder has that name"
            : folder is not null && !Directory.Exists(folder) ? $"the folder {folder} does not exist"
            : "check that this process may read and write the file and its folder";
        return $"Cannot open the database {path} (ConnectionStrings:Alerts): {why}.";
    }
}
