using Npgsql;

namespace Alerts.TestSupport;

/// <summary>
/// The suite's private PostgreSQL, started on loopback by <c>./test.sh</c> (tests/postgres.sh) and named by the
/// <see cref="Variable"/> environment variable. Without it, PostgreSQL tests are skipped with a reason, locally; with
/// <c>CI=true</c> they run and fail, so a CI machine without PostgreSQL can never pass by skipping them.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "ALERTS_TEST_POSTGRES";

    /// <summary>The server's connection string (to its maintenance database), or null when none was started.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>On CI every PostgreSQL test must run.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? $"No private PostgreSQL: ./test.sh starts one (tests/postgres.sh), or set {Variable}."
        : null;

    /// <summary>A new, empty database of its own on the server, dropped when disposed.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"CI=true and {Variable} is not set: the PostgreSQL tests must run on CI (tests/postgres.sh start).");
        var name = "alerts_test_" + Guid.NewGuid().ToString("N");
        await using (var c = new NpgsqlConnection(server))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresTestDatabase(server, name,
            new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }
}
