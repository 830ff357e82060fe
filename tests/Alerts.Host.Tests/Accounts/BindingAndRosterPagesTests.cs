using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Roster;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Host.Tests.Accounts.AdminConsole;

namespace Alerts.Host.Tests.Accounts;

/// <summary>Staff binding codes and duty rosters from the console, inside the admin's jurisdiction only.</summary>
public sealed class BindingAndRosterPagesTests
{
    [Fact]
    public async Task ABindingCodeIsShownOnceWithTheWordsToSendAndCanBeWithdrawnWhileUnused()
    {
        await using var app = new AlertsApp();
        var (town, _) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(town);
        var worker = await StaffUnderAsync(app, town[..9]);

        var issued = await PostAsync(admin, "/accounts/binding?handler=Issue", new() { ["person"] = worker.Id.ToString() }, tokenFrom: "/accounts/binding");
        var html = await issued.Content.ReadAsStringAsync();
        var code = Text(html, "id=\"code\">([^<]+)<");

        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Contains("绑定 " + code, html);
        Assert.Equal("no-store", issued.Headers.CacheControl?.ToString());
        var list = await admin.GetStringAsync("/accounts/binding");
        Assert.DoesNotContain(code, list);
        Assert.Contains($"id=\"withdraw-{worker.Id}\"", list);

        var withdrawn = await PostAsync(admin, "/accounts/binding?handler=Withdraw", new() { ["person"] = worker.Id.ToString() }, tokenFrom: "/accounts/binding");
        Assert.Contains("已作废", await withdrawn.Content.ReadAsStringAsync());
        Assert.DoesNotContain($"id=\"withdraw-{worker.Id}\"", await admin.GetStringAsync("/accounts/binding"));
    }

    [Fact]
    public async Task StaffOfAnotherTownAreNeitherListedNorGivenACode()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(town);
        var stranger = await StaffUnderAsync(app, other[..9]);

        Assert.DoesNotContain($"staff-{stranger.Id}\"", await admin.GetStringAsync("/accounts/binding?page=1"));
        var response = await PostAsync(admin, "/accounts/binding?handler=Issue", new() { ["person"] = stranger.Id.ToString() }, tokenFrom: "/accounts/binding");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(stranger.Name, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARosterIsSavedInTheOrderGivenAndAuditedAsTheAdmin()
    {
        await using var app = new AlertsApp();
        var (town, _) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(County);
        var first = await StaffUnderAsync(app, town[..9]);
        var second = await StaffUnderAsync(app, County[..6], "official");

        var form = new FormUrlEncodedContent(
        [
            new("person", second.Id.ToString()), new("channel", "sms"),
            new("person", ""), new("channel", ""),
            new("person", first.Id.ToString()), new("channel", ""),
            new("__RequestVerificationToken", await ConsoleSession.TokenAsync(admin, "/rosters/" + town)),
        ]);
        var saved = await admin.PostAsync("/rosters/" + town, form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var roster = await app.Services.GetRequiredService<DutyRoster>().OfAsync(town, CancellationToken.None);
        Assert.Equal([second.Id, first.Id], roster.Select(e => e.PersonId));
        Assert.Equal("sms", roster[0].Channel);
        Assert.Contains(first.Name, await admin.GetStringAsync("/rosters"));
        Assert.Contains("修改值班表", await admin.GetStringAsync("/audit?subject=region:" + town));
    }

    [Fact]
    public async Task ARefusedRosterRowKeepsItsChoiceWithTheReasonBesideItAndNothingChanges()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(County);
        var here = await StaffUnderAsync(app, town[..9]);
        var elsewhere = await StaffUnderAsync(app, other[..9]);
        var roster = app.Services.GetRequiredService<DutyRoster>();
        var before = await roster.OfAsync(town, CancellationToken.None);

        var form = new FormUrlEncodedContent(
        [
            new("person", here.Id.ToString()), new("channel", ""),
            new("person", elsewhere.Id.ToString()), new("channel", ""),
            new("__RequestVerificationToken", await ConsoleSession.TokenAsync(admin, "/rosters/" + town)),
        ]);
        var refused = await admin.PostAsync("/rosters/" + town, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"person-2-error\"", html);
        Assert.DoesNotContain("id=\"person-1-error\"", html);
        Assert.Contains($"value=\"{here.Id}\" selected", html);
        Assert.Equal(before, await roster.OfAsync(town, CancellationToken.None));
    }

    [Fact]
    public async Task ATownAdminCannotOpenOrSetTheRosterOfAnotherTownOrOfTheCounty()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(town);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/rosters/" + other)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/rosters/" + County)).StatusCode);
        var staff = await StaffUnderAsync(app, other[..9]);
        var response = await PostAsync(admin, "/rosters/" + other, new() { ["person"] = staff.Id.ToString() }, tokenFrom: "/rosters");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await admin.GetStringAsync("/rosters");
        Assert.Contains($"roster-{town}", page);
        Assert.DoesNotContain($"roster-{other}", page);
    }
}
