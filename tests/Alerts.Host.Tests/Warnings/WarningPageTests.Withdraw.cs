using System.Net;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Warnings;

/// <summary>Withdrawing a warning that has not gone out: with a reason, never a published one, never from another town.</summary>
public sealed partial class WarningPageTests
{
    [Fact]
    public async Task TheDrafterWithdrawsAWarningAwaitingApprovalWithAReasonAndNothingIsSent()
    {
        await using var app = new AlertsApp();
        var (client, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (other, _) = await StaffAsync(app, OfficialsApi.OtherTown);
        var id = await DraftAsync(app, drafter, Gale);
        Assert.Contains("id=\"withdraw-form\"", await client.GetStringAsync($"/warnings/{id}"));

        var refused = await PostAsync(client, id, "withdraw");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"withdraw-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "withdraw", "不要了")).StatusCode);
        Assert.Equal("awaiting_approval", app.StatusOf(id));

        var withdrawn = await PostAsync(client, id, "withdraw", "风力预报已下调");

        Assert.Equal($"/warnings/{id}?done=withdrawn", withdrawn.Headers.Location?.OriginalString);
        Assert.Equal("cancelled", app.StatusOf(id));
        Assert.Equal("风力预报已下调", Audit(app, id, "cancelled"));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id", new { Id = id }));
        Assert.DoesNotContain("id=\"withdraw-form\"", await client.GetStringAsync($"/warnings/{id}"));
    }

    [Fact]
    public async Task APublishedWarningCannotBeWithdrawnSoNoAllClearGoesOutByMistake()
    {
        await using var app = new AlertsApp();
        var (client, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (approver, _) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(approver, id, "approve")).StatusCode);

        var refused = await PostAsync(client, id, "withdraw", "不要了");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("published", app.StatusOf(id));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings WHERE references_id = @Id", new { Id = id }));
    }
}
