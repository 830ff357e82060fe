using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Alerts.Store.Database;

/// <summary>
/// Opens connections to the store, on SQLite or PostgreSQL as <c>ConnectionStrings:Alerts</c> says
/// (<see cref="StoreEngines.Of"/>). One connection per unit of work; pooling makes that cheap.
/// </summary>
public sealed class StoreDb : IDisposable
{
    public StoreDb(IOptions<StoreOptions> options)
    {
        var o = options.Value;
        Engine = StoreEngines.Of(o.ConnectionString);
        if (Engine == StoreEngine.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(o.ConnectionString);
            // Npgsql's default pool (100) alone would fill PostgreSQL's default max_connections (100): each Host takes
            // its share instead, so that several Hosts and an operator's psql fit (docs/capacity.md).
            if (!o.ConnectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase) &&
                !o.ConnectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
                builder.MaxPoolSize = o.MaxPoolSize;
            builder.CommandTimeout = o.BusyTimeoutSeconds;
            ConnectionString = builder.ConnectionString;
            DataSource = $"{builder.Host}:{builder.Port}/{builder.Database}";
            _postgres = NpgsqlDataSource.Create(builder);
            Dialect = SqlDialect.Postgres;
            return;
        }

        var sqlite = new SqliteConnectionStringBuilder(o.ConnectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until this timeout: this is our busy timeout.
            DefaultTimeout = o.BusyTimeoutSeconds,
        };
        ConnectionString = sqlite.ToString();
        // Per-connection settings (SQLite keeps neither in the file):
        // - busy_timeout lets SQLite's own busy handler wait on a locked database in steps of a few milliseconds;
        //   Microsoft.Data.Sqlite's fallback retry sleeps 150 ms at a time, which showed up as a 1 s p99 under load.
        // - synchronous=NORMAL is the usual WAL setting: a commit survives a crash of the process (what we promise),
        //   only a power cut can take the last commits back; FULL would fsync every commit.
        _connectionPragmas = $"PRAGMA busy_timeout = {o.BusyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";
        DataSource = sqlite.DataSource;
        Dialect = SqlDialect.Sqlite;
    }

    private const int SqliteCantOpen = 14;

    private readonly string _connectionPragmas = "";
    private readonly NpgsqlDataSource? _postgres;

    public StoreEngine Engine { get; }

    /// <summary>The few SQL forms that differ between the engines.</summary>
    public SqlDialect Dialect { get; }

    public string ConnectionString { get; }

    /// <summary>The database: the SQLite file as configured (relative paths resolve against the working directory),
    /// or PostgreSQL's host:port/database.</summary>
    public string DataSource { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgres is not null)
        {
            try
            {
                return await _postgres.OpenConnectionAsync(ct);
            }
            catch (NpgsqlException ex)
            {
                // Unreachable, refused, no such database, a wrong password: the operator's to fix, said in one line
                // (never the password: DataSource is host:port/database).
                throw new StoreUnavailableException(
                    $"Cannot open the database {DataSource} (ConnectionStrings:Alerts): {ex.Message}", ex);
            }
        }
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

    /// <summary>The same, for the few synchronous callers (seeding, the register import).</summary>
    public DbConnection Open() => OpenAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Opens a connection and begins its write transaction. On SQLite it waits for the one write lock (up to the busy
    /// timeout); on PostgreSQL it is READ COMMITTED, and whatever must not race across Hosts says so in its SQL (a
    /// claim's <c>FOR UPDATE SKIP LOCKED</c>, a conditional update, a unique insert, <see cref="UnitOfWork.LockAsync"/>).
    /// </summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            var tx = Engine == StoreEngine.Postgres
                ? await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct)
                : await connection.BeginTransactionAsync(ct);
            return new UnitOfWork(connection, tx);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _postgres?.Dispose();

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
