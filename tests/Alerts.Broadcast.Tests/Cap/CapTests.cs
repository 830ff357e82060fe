using System.Text;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.Tests.Support;
using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Cap;

public sealed class CapTests
{
    private static Outcome<CapAlert> Read(string xml) => CapReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), 256 * 1024);

    private static string Minimal(string info = "", string alertExtra = "") => $"""
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>X-1</identifier><sender>cma.example</sender><sent>2026-06-01T08:00:00+08:00</sent>
          <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>{alertExtra}
          <info><category>Met</category><event>暴雨</event><urgency>Expected</urgency><severity>Severe</severity>
            <certainty>Likely</certainty>{info}<area><areaDesc>木耳镇</areaDesc>
            <geocode><valueName>division_code</valueName><value>500112101000</value></geocode></area></info>
        </alert>
        """;

    [Fact]
    public async Task ExportThenImportGivesTheSameWarning()
    {
        using var h = await BroadcastHarness.StartAsync(households: 20);
        var original = await h.PublishAsync(Requests.Landslide("warning", Requests.Town, "500112102003") with
        {
            // An explicit expiry, within the 30 days a warning may last.
            Audiences = ["households"], Expires = WarningTimes.Format(DateTimeOffset.UtcNow.AddDays(7)),
        });
        var xml = (await h.Exporter.ExportAsync(original.Id, CancellationToken.None))!.ToString();
        // Imported as if from another system, so it is not recognised as our own alert.
        var alert = Read(xml.Replace("<sender>alerts.local</sender>", "<sender>other.example</sender>"));
        var importer = await h.OfficialAsync("500112000000", "natural_resources");

        var imported = await h.Importer.ImportAsync(importer, alert.Value!, CancellationToken.None);

        Assert.True(imported.Succeeded, imported.Refusal?.Detail);
        var copy = imported.Value;
        Assert.Equal((original.Hazard, original.Event, original.Level, original.Kind), (copy.Hazard, copy.Event, copy.Level, copy.Kind));
        Assert.Equal((original.Headline, original.Description, original.Instruction), (copy.Headline, copy.Description, copy.Instruction));
        Assert.Equal(original.Areas, copy.Areas);
        Assert.Equal(original.Audiences, copy.Audiences);
        Assert.Equal(original.EffectiveUtc.ToUnixTimeSeconds(), copy.EffectiveUtc.ToUnixTimeSeconds());
        Assert.Equal(original.ExpiresUtc, copy.ExpiresUtc);
        Assert.Equal((WarningStatuses.AwaitingApproval, "cap"), (copy.Status, copy.Source));
        Assert.Equal(copy.Id, (await h.Warnings.FindByOriginAsync("other.example", original.Identifier, CancellationToken.None))?.Id);
    }

    [Fact]
    public void TheExportCarriesCapsRequiredElementsAndOurMappings()
    {
        var w = new Warning
        {
            Id = 1, Identifier = "500112_20260601080000_00000001", Hazard = "geological", Event = "滑坡", Level = "red",
            Kind = "forecast", Headline = "h", Description = "d", Instruction = "i", Audiences = "households",
            Status = "published", Source = "api", TargetingState = "done", Areas = ["500112"],
            CreatedUtc = DateTimeOffset.UnixEpoch, PublishedUtc = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var xml = CapWriter.Write(w, "alerts.local", new Dictionary<string, string> { ["500112000000"] = "渝北区" }, null).ToString();

        Assert.Contains("<sent>2026-06-01T08:00:00+08:00</sent>", xml);
        Assert.Contains("<msgType>Alert</msgType>", xml);
        Assert.Contains("<category>Geo</category>", xml);
        Assert.Contains("<severity>Extreme</severity>", xml);
        Assert.Contains("<urgency>Immediate</urgency>", xml);
        Assert.Contains("<areaDesc>渝北区</areaDesc>", xml);
        Assert.Contains("<valueName>GB/T 2260</valueName>", xml);
        Assert.Contains("<value>500112</value>", xml);
    }

    [Fact]
    public void ADocumentTypeDefinitionIsRefused()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>""" + Minimal().Replace("X-1", "&x;");

        var result = Read(xml);

        Assert.False(result.Succeeded);
        Assert.Contains("DTD", result.Refusal.Errors["xml"][0]);
    }

    [Fact]
    public void MissingRequiredElementsAreNamed()
    {
        var xml = Minimal().Replace("<sender>cma.example</sender>", "").Replace("<severity>Severe</severity>", "");

        var result = Read(xml);

        Assert.Equal(["info.severity", "sender"], result.Refusal!.Errors.Keys.Order());
    }

    [Fact]
    public void SeverityAndUrgencyMapToLevelAndKind()
    {
        var alert = Read(Minimal()).Value!;

        Assert.Equal(WarningLevel.Orange, CapMapping.LevelOf(alert.Info.Severity));
        Assert.Equal(WarningKinds.Warning, CapMapping.KindOf(alert, HazardFamily.Weather));
        Assert.Equal(WarningKinds.Forecast, CapMapping.KindOf(alert with { Info = alert.Info with { Urgency = "Immediate" } }, HazardFamily.Geological));
        Assert.Equal(WarningKinds.AllClear, CapMapping.KindOf(alert with { MsgType = "Cancel" }, HazardFamily.Weather));
    }

    [Fact]
    public async Task UnknownAreasAreReportedNotGuessed()
    {
        using var h = await BroadcastHarness.StartAsync(households: 10);
        var xml = Minimal().Replace("<value>500112101000</value>", "<value>500112199000</value>")
            .Replace("</info>", "<area><areaDesc>某地</areaDesc><polygon>29,106 29,107 30,107 29,106</polygon></area></info>");
        var official = await h.OfficialAsync("500112000000", "weather");

        var result = await h.Importer.ImportAsync(official, Read(xml).Value!, CancellationToken.None);

        Assert.Equal(RefusalKind.Unprocessable, result.Refusal!.Kind);
        Assert.Equal(2, result.Refusal.UnknownAreas.Count);
        Assert.Contains("500112199000", result.Refusal.UnknownAreas[0]);
    }

    [Fact]
    public async Task ACancelOfAnImportedAlertBecomesAnAllClearThatLiftsIt()
    {
        using var h = await BroadcastHarness.StartAsync(households: 10);
        var importer = await h.OfficialAsync("500112000000", "weather");
        var approver = await h.OfficialAsync("500112000000", "emergency");
        var first = await h.Importer.ImportAsync(importer, Read(Minimal()).Value!, CancellationToken.None);
        await h.Lifecycle.ApproveAsync(approver, first.Value!.Id, CancellationToken.None);
        var cancel = Minimal(alertExtra: "<references>cma.example,X-1,2026-06-01T08:00:00+08:00</references>")
            .Replace("<identifier>X-1</identifier>", "<identifier>X-2</identifier>").Replace("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>");

        var lifted = await h.Importer.ImportAsync(importer, Read(cancel).Value!, CancellationToken.None);
        await h.Lifecycle.ApproveAsync(approver, lifted.Value!.Id, CancellationToken.None);

        Assert.Equal((WarningKinds.AllClear, first.Value.Id), (lifted.Value.Kind, lifted.Value.ReferencesId));
        Assert.Equal(WarningStatuses.Cancelled, (await h.Warnings.GetAsync(first.Value.Id, CancellationToken.None))!.Status);
        var again = await h.Importer.ImportAsync(importer, Read(cancel).Value!, CancellationToken.None);
        Assert.Equal(RefusalKind.Conflict, again.Refusal!.Kind);
    }
}
