using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>The <c>monitoring</c> verb as the real executable: an official's key from ALERTS_KEY, the API's rules.</summary>
[Collection(SerialCollection.Name)]
public sealed class MonitoringCliTests
{
    [Fact]
    public async Task AnOfficialNamesAHelperAndAnExitIsRefusedWithItsCriteria()
    {
        await using var app = new AlertsApp();
        using var _ = await app.ClientAsync();
        var (_, key) = await app.Services.GetRequiredService<AccountStore>()
            .AddAsync("镇干部", AccountRoles.Official, "500112101000", Departments.Rural, CancellationToken.None);
        using var db = app.OpenDatabase();
        var household = db.ExecuteScalar<long>("SELECT id FROM households WHERE village_code = '500112101001' ORDER BY id LIMIT 1");
        var id = db.ExecuteScalar<long>("""
            INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, risk_types, opened_utc, deadline_on,
                                          enrolled_utc, created_utc, updated_utc)
            VALUES (@Household, '500112101001', 'grid_visit', 'monitored', 'county_decided', '["因灾"]', '2026-07-01T00:00:00.0000000Z',
                    '2026-07-16', '2026-07-02T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z', '2026-07-02T00:00:00.0000000Z')
            RETURNING id
            """, new { Household = household });
        var phone = db.ExecuteScalar<string>("SELECT phone FROM people WHERE role = 'grid_worker' AND region_code = '500112101001'")!;
        var env = new Dictionary<string, string> { ["ALERTS_KEY"] = key };
        var caseArg = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var helper = await HostCli.RunAsync(app.Directory, app.DatabasePath, env, "monitoring", "helper", "--case", caseArg, "--person", phone);
        var exit = await HostCli.RunAsync(app.Directory, app.DatabasePath, env, "monitoring", "exit", "--case", caseArg, "--note", "收入恢复");

        Assert.Equal(0, helper.ExitCode);
        Assert.NotNull(db.ExecuteScalar<long?>("SELECT helper_id FROM households WHERE id = @Id", new { Id = household }));
        Assert.Equal(2, exit.ExitCode);
        Assert.Contains("未达到退出标准", exit.Err);
        Assert.Contains("✗ 不愁吃：未记录", exit.Out);
        Assert.Equal("monitored", db.ExecuteScalar<string>("SELECT status FROM monitoring_cases WHERE id = @Id", new { Id = id }));
    }
}
