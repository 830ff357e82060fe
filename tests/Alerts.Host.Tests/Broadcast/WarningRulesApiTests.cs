using System.Net;
using System.Net.Http.Json;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

public sealed class WarningRulesApiTests
{
    [Fact]
    public async Task ATownOfficialCannotTargetAnotherTown()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town);

        var response = await town.PostAsJsonAsync("/api/warnings", OfficialsApi.Gale("500112101", "500112102005"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Contains("500112102005", body.GetProperty("zh").GetString());
        Assert.Contains("jurisdiction", body.GetProperty("en").GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Fact]
    public async Task OnlyNaturalResourcesMayIssueAGeologicalForecast()
    {
        await using var app = new AlertsApp();
        using var weather = await app.ClientAsync(department: Departments.Weather);
        using var naturalResources = await app.ClientAsync(department: Departments.NaturalResources);
        var forecast = new
        {
            hazard = "geological", @event = "滑坡", level = "red", kind = "forecast", headline = "金坪村滑坡临灾预报",
            description = "金坪村后山裂缝加宽，预计6小时内可能滑坡，影响3组12户。", areas = new[] { "500112101001" },
        };

        var refused = await weather.PostAsJsonAsync("/api/warnings", forecast);
        var accepted = await naturalResources.PostAsJsonAsync("/api/warnings", forecast);
        var jointWarning = await weather.PostAsJsonAsync("/api/warnings", forecast with { kind = "warning" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("自然资源", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, jointWarning.StatusCode);
    }

    [Fact]
    public async Task TheCreatorCannotApproveButASecondOfficialOfTheJurisdictionCan()
    {
        await using var app = new AlertsApp();
        using var creator = await app.ClientAsync(OfficialsApi.Town);
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown);
        using var county = await app.ClientAsync();
        var id = await creator.CreateIdAsync(OfficialsApi.Gale());

        var bySelf = await creator.PostAsync($"/api/warnings/{id}/approve", null);
        var byOutsider = await otherTown.PostAsync($"/api/warnings/{id}/approve", null);
        var bySecond = await county.PostAsync($"/api/warnings/{id}/approve", null);
        var twice = await county.PostAsync($"/api/warnings/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, bySelf.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode); // another town's warning is not there for them
        Assert.Equal(HttpStatusCode.OK, bySecond.StatusCode);
        Assert.Equal("published", (await bySecond.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal(["created", "submitted", "approved", "published"],
            c.Query<string>("SELECT action FROM audit_log WHERE subject = @S ORDER BY id", new { S = $"warning:{id}" }));
    }

    [Fact]
    public async Task SuddenSevereWeatherTakesTheGreenChannelAndIsPublishedAtOnce()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town);

        var response = await town.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "weather", @event = "暴雨", level = "red", headline = "暴雨红色预警", description = "3小时内降雨量将达100毫米以上。",
            areas = new[] { "500112101" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("published", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("greenChannel").GetBoolean());
        Assert.Contains("转移", body.GetProperty("instruction").GetString());
        await app.WaitTargetedAsync(body.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task BadInputIs400InChineseAndEnglishAndChangesNothing()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync();

        var response = await county.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "weather", @event = "滑坡", level = "purple", headline = "", description = "d", areas = new[] { "500112199" },
            expires = "tomorrow",
        });
        var notJson = await county.PostAsync("/api/warnings", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"));
        var unknownRegion = await county.PostAsJsonAsync("/api/warnings", OfficialsApi.Gale("500112199"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["event", "expires", "headline", "level"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains(" / ", errors.GetProperty("level")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownRegion.StatusCode);
        Assert.Contains("500112199", (await unknownRegion.JsonAsync()).GetProperty("errors").GetProperty("areas")[0].GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Theory]
    [InlineData("滑坡")]
    [InlineData("山体滑坡")]
    [InlineData("泥石流灾害")]
    [InlineData("塌方")]
    public async Task AGeologicalEventUnderOtherIsRefused(string eventName)
    {
        await using var app = new AlertsApp();
        using var emergency = await app.ClientAsync();

        var response = await emergency.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "other", @event = eventName, level = "red", kind = "forecast", headline = "临灾预报", description = "可能发生灾害。",
            areas = new[] { "500112101001" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["event"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("geological", errors.GetProperty("event")[0].GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Theory]
    [InlineData("effective", "9999-12-31T23:59:59")]
    [InlineData("effective", "9999-12-31T23:59:59Z")]
    [InlineData("effective", "0001-01-01T00:00:00")]
    [InlineData("effective", "2099-01-01T00:00:00")]
    [InlineData("expires", "9999-12-31T23:59:59")]
    [InlineData("expires", "+40 days")]
    public async Task AnOutOfRangeTimeIs400NeverA500(string field, string value)
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync();
        if (value == "+40 days") value = DateTimeOffset.UtcNow.AddDays(40).ToString("O");
        var request = new Dictionary<string, object>
        {
            ["hazard"] = "weather", ["event"] = "大风", ["level"] = "yellow", ["headline"] = "大风", ["description"] = "大风",
            ["areas"] = new[] { "500112101" }, [field] = value,
        };

        var response = await county.PostAsJsonAsync("/api/warnings", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+00:00")] // no Beijing form to write back
    [InlineData("9999-12-31T08:00:00+08:00")] // plus the default 24 h would pass year 9999
    public async Task AnImportedAlertThatTakesEffectInYear9999Is400NeverA500(string effective)
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync(department: Departments.Weather);

        var response = await county.PostAsync("/api/warnings/cap", new StringContent($"""
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>CMA-9999</identifier><sender>cma.example</sender><sent>2026-06-01T08:00:00+08:00</sent>
              <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
              <info><category>Met</category><event>大风</event><urgency>Expected</urgency><severity>Moderate</severity>
                <certainty>Likely</certainty><effective>{effective}</effective>
                <area><areaDesc>木耳镇</areaDesc><geocode><valueName>division_code</valueName><value>500112101000</value></geocode></area>
              </info>
            </alert>
            """, System.Text.Encoding.UTF8, "application/cap+xml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("effective", (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Single().Name);
    }
}
