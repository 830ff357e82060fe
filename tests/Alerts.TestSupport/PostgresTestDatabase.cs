using Npgsql;

namespace Alerts.TestSupport;

/// <summary>One test's database on the suite's private PostgreSQL: created empty, dropped (with any open sessions)
/// when disposed.</summary>
public sealed class PostgresTestDatabase(string server, string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>Npgsql's connection string for this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(server);
        await c.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", c);
        await drop.ExecuteNonQueryAsync();
    }
}
