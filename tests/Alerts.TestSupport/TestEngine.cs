using Alerts.Store.Database;

namespace Alerts.TestSupport;

/// <summary>
/// The engine the store tests run on: SQLite unless <see cref="Variable"/> says <c>postgres</c>, as <c>./test.sh</c>
/// does for its second run of the store tests, on the suite's private PostgreSQL.
/// </summary>
public static class TestEngine
{
    public const string Variable = "ALERTS_TEST_ENGINE";

    public static StoreEngine Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "postgres", StringComparison.OrdinalIgnoreCase)
            ? StoreEngine.Postgres
            : StoreEngine.Sqlite;
}
