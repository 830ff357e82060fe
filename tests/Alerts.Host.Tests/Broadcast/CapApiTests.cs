using System.Net;
using System.Text;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Broadcast;

public sealed class CapApiTests
{
    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/cap+xml");

    [Fact]
    public async Task AWarningExportedByOneHostIsImportedByAnotherWithTheSameFields()
    {
        await using var source = new AlertsApp();
        await using var target = new AlertsApp(new Dictionary<string, string?> { ["Broadcast:CapSender"] = "other.example" });
        using var exporter = await source.ClientAsync(department: Departments.NaturalResources);
        using var importer = await target.ClientAsync(department: Departments.NaturalResources);
        var id = await exporter.CreateIdAsync(new
        {
            hazard = "geological", @event = "泥石流", level = "orange", kind = "forecast", headline = "泥石流临灾预报",
            description = "兴隆镇2村沟口泥石流风险高。", areas = new[] { "500112102002", "500112103" }, audiences = new[] { "households", "grid_workers" },
        });

        var export = await exporter.GetAsync($"/api/warnings/{id}/cap");
        var xml = await export.Content.ReadAsStringAsync();
        var imported = await importer.PostAsync("/api/warnings/cap", Xml(xml));

        Assert.StartsWith("application/cap+xml", export.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var original = await (await exporter.GetAsync($"/api/warnings/{id}")).JsonAsync();
        var copy = await imported.JsonAsync();
        foreach (var field in new[] { "hazard", "event", "level", "kind", "headline", "description", "instruction", "effective", "expires" })
            Assert.Equal(original.GetProperty("warning").GetProperty(field).GetString(), copy.GetProperty(field).GetString());
        foreach (var field in new[] { "areas", "audiences" })
            Assert.Equal(original.GetProperty("warning").GetProperty(field).ToString(), copy.GetProperty(field).ToString());
        Assert.Equal(("awaiting_approval", "cap"), (copy.GetProperty("status").GetString(), copy.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task ADocumentTypeDefinitionIsRefused()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync();
        const string Xxe = """
            <?xml version="1.0"?><!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>
            """;

        var response = await client.PostAsync("/api/warnings/cap", Xml(Xxe));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DTD", (await response.JsonAsync()).GetProperty("errors").GetProperty("xml")[0].GetString());
    }

    [Fact]
    public async Task MissingRequiredElementsAreListed()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync();

        var response = await client.PostAsync("/api/warnings/cap", Xml("""
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>a</identifier><sender>s</sender>
              <status>Actual</status><msgType>Alert</msgType><scope>Public</scope></alert>
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["info", "sent"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task AnUnknownGeocodeIsReportedAndNothingIsImported()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync();

        var response = await client.PostAsync("/api/warnings/cap", Xml("""
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>CMA-1</identifier><sender>cma.example</sender><sent>2026-06-01T08:00:00+08:00</sent>
              <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
              <info><category>Met</category><event>暴雨</event><urgency>Expected</urgency><severity>Severe</severity>
                <certainty>Likely</certainty><headline>暴雨橙色预警</headline>
                <area><areaDesc>木耳镇</areaDesc><geocode><valueName>division_code</valueName><value>500112101000</value></geocode></area>
                <area><areaDesc>不存在镇</areaDesc><geocode><valueName>division_code</valueName><value>500112188000</value></geocode></area>
              </info>
            </alert>
            """));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var unknown = (await response.JsonAsync()).GetProperty("unknownAreas");
        Assert.Equal("不存在镇 500112188000", unknown.EnumerateArray().Single().GetString());
    }

    [Fact]
    public async Task AnOversizedDocumentIsRefused()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync();

        var response = await client.PostAsync("/api/warnings/cap", Xml("<alert>" + new string(' ', 300 * 1024) + "</alert>"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
