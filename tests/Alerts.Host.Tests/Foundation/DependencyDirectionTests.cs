using System.Xml.Linq;

namespace Alerts.Host.Tests.Foundation;

/// <summary>
/// Dependencies point one way: Host → Bot, Broadcast → Identity → Store, Channels; Monitoring (防止返贫监测) knows only
/// Store, and Bot reaches it through its public API; Store and Channels know none of ours,
/// and Identity (accounts, jurisdiction, duty, help) knows neither Bot nor Broadcast.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Alerts.Store"] = [],
        ["Alerts.Channels"] = [],
        ["Alerts.Identity"] = ["Alerts.Store", "Alerts.Channels"],
        ["Alerts.Monitoring"] = ["Alerts.Store"],
        ["Alerts.Incidents"] = ["Alerts.Store"],
        ["Alerts.Bot"] = ["Alerts.Store", "Alerts.Channels", "Alerts.Identity", "Alerts.Monitoring", "Alerts.Incidents"],
        ["Alerts.Broadcast"] = ["Alerts.Store", "Alerts.Channels", "Alerts.Identity"],
        ["Alerts.Host"] = ["Alerts.Store", "Alerts.Channels", "Alerts.Identity", "Alerts.Monitoring", "Alerts.Incidents", "Alerts.Bot",
                           "Alerts.Broadcast"],
    };

    [Theory]
    [InlineData("Store/Alerts.Store.csproj")]
    [InlineData("Channels/Alerts.Channels.csproj")]
    [InlineData("Identity/Alerts.Identity.csproj")]
    [InlineData("Monitoring/Alerts.Monitoring.csproj")]
    [InlineData("Incidents/Alerts.Incidents.csproj")]
    [InlineData("Bot/Alerts.Bot.csproj")]
    [InlineData("Broadcast/Alerts.Broadcast.csproj")]
    [InlineData("Host/Alerts.Host.csproj")]
    public void EachProjectReferencesOnlyWhatTheDesignAllows(string path)
    {
        var file = Path.Combine(Support.Repository.Root(), path);
        var name = Path.GetFileNameWithoutExtension(file);
        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.All(references, r => Assert.Contains(r, Allowed[name]));
    }
}
