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
    [InlineData("Hosts")]
    [InlineData("Demo")]
    [InlineData("WeChat")]
    [InlineData("Twilio")]
    [InlineData("Resilience:WeChat")]
    [InlineData("Resilience:Twilio")]
    [InlineData("Sms")]
    [InlineData("TencentSms")]
    [InlineData("TencentSms:Templates:reply")]
    [InlineData("Resilience:TencentSms")]
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
    public void TheExampleTencentTemplatesPassTheStartUpRulesOnceTheAccountsIdsAreFilledIn()
    {
        var options = new Alerts.Channels.TencentSms.TencentSmsOptions();
        Example().GetSection("TencentSms").Bind(options);
        (options.SecretId, options.SecretKey, options.SmsSdkAppId, options.SignName) = ("AKID", "key", "1400000000", "某某县应急管理局");
        options.CallbackToken = new string('t', 40);
        foreach (var (template, i) in options.Templates.Values.Select((t, i) => (t, i))) template.Id = (3000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = new Alerts.Channels.TencentSms.TencentSmsOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
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
