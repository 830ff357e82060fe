using Xunit;

namespace Alerts.TestSupport;

/// <summary>A fact that needs the suite's private PostgreSQL: skipped, with the reason, where there is none (never on
/// CI, see <see cref="PostgresTestServer.Required"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.SkipReason is { } reason) Skip = reason;
    }
}
