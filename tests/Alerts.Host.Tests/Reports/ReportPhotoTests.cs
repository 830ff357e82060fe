using System.Net;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Tests.Reports;

/// <summary>Photos come from WeChat through the Host: the provider's bytes and type, images only, 404 outside.</summary>
public sealed class ReportPhotoTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 0xFF, 0xD9];

    [Fact]
    public async Task APhotoIsStreamedFromWeChatWithItsContentTypeAndNonImagesOrUnknownIdsAreNotFound()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        wechat.Media.Add("photo-1", "image/jpeg", Jpeg);
        wechat.Media.Add("page-1", "text/html", "<html>not a photo</html>"u8.ToArray());
        await using var app = new AlertsApp(WeChatHarness.LiveSettings(wechat).ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager, r => r with { MediaIds = "[\"photo-1\",\"page-1\",\"gone\"]" });
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var photo = await client.GetAsync($"/reports/{report.Number}/photo/1");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await photo.Content.ReadAsByteArrayAsync());
        Assert.Contains(wechat.RequestsTo("/cgi-bin/media/get"), r => r.Query.Contains("media_id=photo-1", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}/photo/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}/photo/3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}/photo/4")).StatusCode);
        Assert.Contains($"src=\"/reports/{report.Number}/photo/1\"", await client.GetStringAsync($"/reports/{report.Number}"));
    }

    [Fact]
    public async Task APhotoOutsideTheJurisdictionIsNotFoundAndNeverFetched()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        wechat.Media.Add("photo-1", "image/jpeg", Jpeg);
        await using var app = new AlertsApp(WeChatHarness.LiveSettings(wechat).ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager, r => r with { MediaIds = "[\"photo-1\"]" });
        var client = await app.SignedInClientAsync(ConsoleReports.OtherTown(db, villager.TownCode), AccountRoles.Official);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}/photo/1")).StatusCode);
        Assert.Empty(wechat.RequestsTo("/cgi-bin/media/get"));
    }
}
