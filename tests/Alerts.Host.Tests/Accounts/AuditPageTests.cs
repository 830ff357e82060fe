using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using static Alerts.Host.Tests.Accounts.AdminConsole;

namespace Alerts.Host.Tests.Accounts;

/// <summary>/audit: newest first, filtered by actor, action, subject and date, and only what the jurisdiction may see.</summary>
public sealed class AuditPageTests
{
    [Fact]
    public async Task TheAuditPageShowsTheJurisdictionsEntriesNewestFirstWithActorsByName()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var county = await app.SignedInClientAsync(County);
        var (here, _, _, _) = await AddAccountAsync(county, "here.one", AccountRoles.GridWorker, town);
        var (there, _, _, _) = await AddAccountAsync(county, "there.one", AccountRoles.GridWorker, other);
        using var admin = await app.SignedInClientAsync(town);

        var html = await admin.GetStringAsync("/audit");

        Assert.Contains($"新同事 here.one（account:{here}）", html);
        Assert.DoesNotContain($"account:{there}", html);
        Assert.Contains("测试admin（account:", html);
        Assert.Contains("添加账号", html);
        var countyView = await county.GetStringAsync("/audit");
        Assert.True(countyView.IndexOf($"（account:{there}）<", StringComparison.Ordinal) < countyView.IndexOf($"（account:{here}）<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFiltersNarrowByActionSubjectActorAndDate()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);
        var (id, login, password, _) = await AddAccountAsync(admin, "filtered", AccountRoles.GridWorker, County);
        await SignInAsync(app, login, password);

        var bySubject = await admin.GetStringAsync($"/audit?subject=account:{id}");
        Assert.Contains("添加账号", bySubject);
        Assert.Contains("设置一次性密码", bySubject);
        Assert.DoesNotContain("修改密码</td>", bySubject);

        var byAction = await admin.GetStringAsync($"/audit?action=signed_in&subject=account:{id}");
        Assert.Contains("登录", byAction);
        Assert.DoesNotContain("添加账号</td>", byAction);

        Assert.Contains("添加账号", await admin.GetStringAsync($"/audit?actor=测试admin&subject=account:{id}"));
        Assert.Contains("id=\"no-entries\"", await admin.GetStringAsync($"/audit?actor=nobody-at-all&subject=account:{id}"));
        Assert.Contains("id=\"no-entries\"", await admin.GetStringAsync("/audit?from=2000-01-01&to=2000-01-02"));
        Assert.DoesNotContain("id=\"no-entries\"", await admin.GetStringAsync("/audit?from=2000-01-01"));
    }

    [Fact]
    public async Task AnotherCountysEntriesNeverShowAndTheListPagesWithItsFilters()
    {
        await using var app = new AlertsApp();
        var (town, _) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(town);
        using (var db = app.OpenDatabase())
        {
            for (var i = 0; i < 30; i++)
                await Dapper.SqlMapper.ExecuteAsync(db, """
                    INSERT INTO audit_log (at_utc, actor, action, subject) VALUES ('2026-01-01T00:00:00.0000000Z', 'cli', 'duty_roster_set', @Subject)
                    """, new { Subject = "region:" + town });
            await Dapper.SqlMapper.ExecuteAsync(db, """
                INSERT INTO audit_log (at_utc, actor, action, subject, detail) VALUES
                ('2099-01-01T00:00:00.0000000Z', 'account:99999', 'duty_roster_set', 'region:500113000000', 'elsewhere'),
                ('2099-01-01T00:00:00.0000000Z', 'cli', 'account_revoked', 'key:alk_nothere', 'elsewhere')
                """);
        }

        var first = await admin.GetStringAsync("/audit?action=duty_roster_set");
        Assert.Contains("id=\"page-next\"", first);
        Assert.Contains("action=duty_roster_set&amp;page=2", first);
        var response = await admin.GetAsync("/audit?subject=region:500113000000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"no-entries\"", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("elsewhere", await admin.GetStringAsync("/audit"));
        using var county = await app.SignedInClientAsync(County);
        Assert.DoesNotContain("elsewhere", await county.GetStringAsync("/audit"));
    }
}
