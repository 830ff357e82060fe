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

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? _template;

    /// <summary>
    /// A new database of its own on the server, dropped when disposed: empty, or (<paramref name="migrated"/>) a copy of
    /// one this test process migrated once, which PostgreSQL copies in a fraction of the time migrating takes.
    /// </summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync(bool migrated = false)
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"CI=true and {Variable} is not set: the PostgreSQL tests must run on CI (tests/postgres.sh start).");
        var name = "alerts_test_" + Guid.NewGuid().ToString("N");
        var template = migrated ? await MigratedTemplateAsync(server) : null;
        await using (var c = new NpgsqlConnection(server))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand(
                template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", c);
            // A copy refuses while anyone is connected to its template: only one copy at a time in this process.
            if (template is not null) await TemplateGate.WaitAsync();
            try
            {
                await create.ExecuteNonQueryAsync();
            }
            finally
            {
                if (template is not null) TemplateGate.Release();
            }
        }

        return new PostgresTestDatabase(server, name,
            new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>This process's migrated template, made at first use and dropped when the process ends.</summary>
    private static async Task<string> MigratedTemplateAsync(string server)
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_template is not null) return _template;
            var name = "alerts_template_" + Guid.NewGuid().ToString("N");
            await using (var c = new NpgsqlConnection(server))
            {
                await c.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            Alerts.Store.Database.DapperSetup.EnsureConfigured();
            using (var db = new Alerts.Store.Database.StoreDb(Microsoft.Extensions.Options.Options.Create(
                       new Alerts.Store.StoreOptions { ConnectionString = connectionString })))
            {
                await new Alerts.Store.Migrations.Migrator(db,
                    Microsoft.Extensions.Logging.Abstractions.NullLogger<Alerts.Store.Migrations.Migrator>.Instance)
                    .MigrateAsync(CancellationToken.None);
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(server, name);
            return _template = name;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static void Drop(string server, string name)
    {
        try
        {
            using var c = new NpgsqlConnection(server);
            c.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // the server is already gone (test.sh stops it): nothing is left to drop
        }
    }
}
