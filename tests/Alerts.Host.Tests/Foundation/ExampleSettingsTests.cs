using System.Net;
using Alerts.Host.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Alerts.Host.Tests.Foundation;

/// <summary>appsettings.example.json documents every setting: it must parse, cover every section, and start the Host.</summary>
public sealed class ExampleSettingsTests
{
    private static IConfigurationRoot Example() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Repository.Root(), "appsettings.example.json"), optional: false)
        .Build();

    [Theory]
    [InlineData("ConnectionStrings:Alerts")]
    [InlineData("Store")]
    [InlineData("Demo")]
    [InlineData("WeChat")]
    [InlineData("Twilio")]
    [InlineData("Resilience:WeChat")]
    [InlineData("Resilience:Twilio")]
    [InlineData("Broadcast")]
    [InlineData("Bot")]
    [InlineData("Monitoring")]
    [InlineData("Incidents")]
    [InlineData("Incidents:Upward")]
    [InlineData("FollowUp")]
    [InlineData("Dispatch")]
    [InlineData("Identity")]
    [InlineData("Help")]
    [InlineData("Reports:VisitWithin")]
    public void EverySectionTheCodeBindsIsDocumented(string key)
    {
        var config = Example();
        Assert.True(config.GetSection(key).Exists() || config[key] is not null, $"{key} is missing from appsettings.example.json");
    }

    [Fact]
    public async Task TheHostStartsWithEveryExampleValue()
    {
        var settings = Example().AsEnumerable()
            .Where(kv => kv.Value is not null && !kv.Key.StartsWith("ConnectionStrings", StringComparison.Ordinal) && kv.Key != "Urls")
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Demo:Households"] = "50";
        await using var app = new AlertsApp(settings);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
