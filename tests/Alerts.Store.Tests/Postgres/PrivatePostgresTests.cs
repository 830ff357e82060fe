using Alerts.TestSupport;
using Npgsql;

namespace Alerts.Store.Tests.Postgres;

/// <summary>The suite's private PostgreSQL (tests/postgres.sh): loopback only, a database per test, nothing left behind.</summary>
public sealed class PrivatePostgresTests
{
    [PostgresFact]
    public async Task Each_test_gets_an_empty_database_of_its_own_that_no_other_test_sees()
    {
        await using var first = await PostgresTestServer.CreateDatabaseAsync();
        await using var second = await PostgresTestServer.CreateDatabaseAsync();
        await using (var c = await first.OpenAsync())
        {
            await using var write = new NpgsqlCommand("CREATE TABLE marks (id int); INSERT INTO marks VALUES (1)", c);
            await write.ExecuteNonQueryAsync();
        }

        await using var other = await second.OpenAsync();
        await using var look = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'marks'", other);

        Assert.Equal(0L, (long)(await look.ExecuteScalarAsync())!);
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(first.ConnectionString).Host);
    }

    [PostgresFact]
    public async Task A_tests_database_is_gone_once_the_test_is_done()
    {
        string name;
        await using (var database = await PostgresTestServer.CreateDatabaseAsync())
        {
            name = database.Name;
            await using var open = await database.OpenAsync(); // an open session does not keep it alive
        }

        await using var server = new NpgsqlConnection(PostgresTestServer.ConnectionString);
        await server.OpenAsync();
        await using var find = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @Name", server);
        find.Parameters.AddWithValue("Name", name);

        Assert.Equal(0L, (long)(await find.ExecuteScalarAsync())!);
    }
}
