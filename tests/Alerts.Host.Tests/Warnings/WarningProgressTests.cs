using System.Net;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Warnings;

/// <summary>The warning page's progress fragment counts what the outbox holds, and lists the 叫应 list once it is due.</summary>
public sealed class WarningProgressTests
{
    [Fact]
    public async Task TheProgressFragmentCountsTargetedAcknowledgedAndHelpRequestsFromTheOutbox()
    {
        await using var app = new AlertsApp();
        using var api = await app.ClientAsync(OfficialsApi.County, Departments.Weather);
        var id = await api.CreateIdAsync(new
        {
            hazard = "weather", @event = "暴雨", level = "red", headline = "木耳镇暴雨红色预警", description = "强降雨。", areas = new[] { "500112101" },
        });
        await app.WaitTargetedAsync(id);
        using var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        using var c = app.OpenDatabase();
        c.Execute("UPDATE deliveries SET acknowledged_utc = '2026-01-01T00:00:00.0000000Z' WHERE warning_id = @Id AND id % 3 = 0", new { Id = id });
        c.Execute("""
            UPDATE deliveries SET help_requested_utc = '2026-01-01T00:00:00.0000000Z', acknowledged_utc = '2026-01-01T00:00:00.0000000Z'
            WHERE warning_id = @Id AND id % 7 = 0
            """, new { Id = id });

        var response = await official.GetAsync($"/warnings/{id}?handler=progress");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html); // a fragment, not the page
        var figures = WarningPageTests.Figures(html);
        long Count(string where) => c.ExecuteScalar<long>($"SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id AND {where}", new { Id = id });
        Assert.Equal(Count("1 = 1"), figures["targeted"]);
        Assert.True(figures["targeted"] > 0);
        Assert.Equal(Count("acknowledged_utc IS NOT NULL"), figures["acknowledged"]);
        Assert.Equal(Count("help_requested_utc IS NOT NULL"), figures["help"]);
        Assert.Contains("data-live=\"true\"", html);
        Assert.Contains("id=\"progress-villages\"", html);
        Assert.Contains("id=\"call-list-pending\"", html);
        Assert.DoesNotContain("progress-duplicates", html); // nothing was resent in doubt

        c.Execute("UPDATE deliveries SET possible_duplicate = 1 WHERE warning_id = @Id AND id % 5 = 0", new { Id = id });
        var resent = await official.GetStringAsync($"/warnings/{id}?handler=progress");
        Assert.Contains($"其中 {Count("possible_duplicate = 1")} 人的短信发送结果不明、久无回执，已重发，可能收到两条。", resent);
    }

    [Fact]
    public async Task OnceTheFollowUpIsDueThePageListsTheUnansweredPriorityVillagersWithTheirGridWorkers()
    {
        await using var app = new AlertsApp();
        using var api = await app.ClientAsync(OfficialsApi.County, Departments.Weather);
        var id = await api.CreateIdAsync(new
        {
            hazard = "weather", @event = "暴雨", level = "red", headline = "木耳镇暴雨红色预警", description = "强降雨。", areas = new[] { "500112101" },
        });
        await app.WaitTargetedAsync(id);
        using var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        using var c = app.OpenDatabase();
        var priority = c.Query<(long Id, string Name, string? Phone)>("""
            SELECT p.id, p.name, p.phone FROM deliveries d JOIN people p ON p.id = d.person_id
            WHERE d.warning_id = @Id AND d.priority = 0 AND p.role = 'villager' ORDER BY p.id
            """, new { Id = id }).ToList();
        Assert.True(priority.Count >= 2, "the demo town has priority villagers");
        var answered = priority[0];
        c.Execute("UPDATE deliveries SET acknowledged_utc = '2026-01-01T00:00:00.0000000Z' WHERE warning_id = @Id AND person_id = @P",
            new { Id = id, P = answered.Id });
        c.Execute("UPDATE warnings SET followed_up_utc = '2026-01-01T00:00:00.0000000Z' WHERE id = @Id", new { Id = id });

        var html = await official.GetStringAsync($"/warnings/{id}");

        Assert.Contains("id=\"call-list\"", html);
        var unanswered = priority[1];
        Assert.Contains(unanswered.Name, html);
        if (unanswered.Phone is { } phone) Assert.Contains($"href=\"tel:{phone}\"", html);
        Assert.DoesNotContain($">{answered.Name}<", html);
    }
}
