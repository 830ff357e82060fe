using System.Net;
using System.Text.RegularExpressions;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Identity.Help;
using Alerts.Store.Database;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Help;

/// <summary>The console's help requests: open ones first, who was told, marking handled, and the jurisdiction.</summary>
public sealed partial class HelpPageTests
{
    [GeneratedRegex("<li class=\"card\" id=\"help-(H\\d+)\"")]
    private static partial Regex Item();

    private static List<string> Numbers(string html) => Item().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>A call for help as the bot raises it, from the villager's WeChat.</summary>
    internal static async Task<HelpRequest> RaiseAsync(WebApplicationFactory<Program> app, Resident who, string words)
    {
        var services = app.Services;
        await using var work = await services.GetRequiredService<StoreDb>().BeginAsync(CancellationToken.None);
        var raised = await services.GetRequiredService<HelpDesk>().RaiseAsync(work.Connection, work.Transaction,
            new HelpCaller("wechat", who.Openid!, who.Id, who.Name, who.Phone, who.RegionCode), words, DateTimeOffset.UtcNow,
            CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return raised.Request;
    }

    [Fact]
    public async Task OpenRequestsComeFirstWithWhoWasToldAndMarkingOneHandledTellsThePerson()
    {
        await using var app = new AlertsApp();
        using var db = Reports.ConsoleReports.Open(app);
        var (first, second, third) = (Resident.Villager(db, 0), Resident.Villager(db, 1), Resident.Villager(db, 2));
        var earliest = await RaiseAsync(app, first, "房子进水了");
        var handled = await RaiseAsync(app, second, "有人受伤");
        var newest = await RaiseAsync(app, third, "救命");
        await app.Services.GetRequiredService<HelpDesk>().HandleAsync(handled.Id, "test", "500112000000", "已送医", CancellationToken.None);
        var client = await app.SignedInClientAsync();

        var html = await client.GetStringAsync("/help");
        Assert.Equal([newest.Number, earliest.Number, handled.Number], Numbers(html));
        Assert.Contains("已送医", html);
        Assert.Contains("房子进水了", html);
        Assert.Contains("通知", html);

        var posted = await client.PostAsync("/help?handler=handle",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = newest.Id.ToString(), ["note"] = "村医已到" }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(("handled", "村医已到"), db.QuerySingle<(string, string)>(
            "SELECT status, handled_note FROM help_requests WHERE id = @Id", new { newest.Id }));
        Assert.Contains("村医已到", db.QuerySingle<string>(
            "SELECT text FROM notifications WHERE person_id = @Id AND reason = 'help_handled'", new { third.Id }));
        Assert.Equal([earliest.Number], Numbers(await client.GetStringAsync("/help?status=open")));
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownSeesNoneAndCannotMarkOneHandled()
    {
        await using var app = new AlertsApp();
        using var db = Reports.ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var request = await RaiseAsync(app, villager, "救命");
        var client = await app.SignedInClientAsync(Reports.ConsoleReports.OtherTown(db, villager.TownCode), AccountRoles.Official);

        Assert.Empty(Numbers(await client.GetStringAsync("/help")));
        var posted = await client.PostAsync("/help?handler=handle",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = request.Id.ToString() }));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal("open", db.QuerySingle<string>("SELECT status FROM help_requests WHERE id = @Id", new { request.Id }));
    }

    [Fact]
    public async Task ANoteTooLongIsRefusedBesideItsFieldKeepsTheInputAndLeavesTheRequestOpen()
    {
        await using var app = new AlertsApp();
        using var db = Reports.ConsoleReports.Open(app);
        var request = await RaiseAsync(app, Resident.Villager(db), "救命");
        var client = await app.SignedInClientAsync();
        var note = new string('长', 201);

        var refused = await client.PostAsync("/help?handler=handle",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = request.Id.ToString(), ["note"] = note }));

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"id=\"note-{request.Id}-error\"", html);
        Assert.Contains(note, html);
        Assert.Equal("open", db.QuerySingle<string>("SELECT status FROM help_requests WHERE id = @Id", new { request.Id }));
    }
}
