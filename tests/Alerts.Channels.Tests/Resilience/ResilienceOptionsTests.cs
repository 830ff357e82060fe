using Alerts.Channels.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.Resilience;

public sealed class ResilienceOptionsTests
{
    [Theory]
    [InlineData(10, 30, 30, true)] // the standard handler's defaults
    [InlineData(30, 30, 60, true)]
    [InlineData(31, 30, 62, false)] // attempt longer than total
    [InlineData(10, 30, 19, false)] // window holds under two attempts
    [InlineData(10, 30, 20, true)]
    public void The_cross_field_rules_hold(int attemptSeconds, int totalSeconds, int samplingSeconds, bool valid)
    {
        var options = new ResilienceOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(attemptSeconds),
            TotalTimeout = TimeSpan.FromSeconds(totalSeconds),
            SamplingDuration = TimeSpan.FromSeconds(samplingSeconds),
        };

        Assert.Equal(valid, new ResilienceOptionsValidator().Validate("Twilio", options).Succeeded);
    }

    [Fact]
    public void An_empty_section_gives_the_standard_handler_defaults()
    {
        using var services = Build([]);

        var o = services.GetRequiredService<IOptionsMonitor<ResilienceOptions>>().Get("WeChat");

        Assert.Equal((1000, 0), (o.PermitLimit, o.QueueLimit));
        Assert.Equal(TimeSpan.FromSeconds(30), o.TotalTimeout);
        Assert.Equal((3, TimeSpan.FromSeconds(2)), (o.MaxRetryAttempts, o.RetryDelay));
        Assert.Equal((0.1, 100), (o.FailureRatio, o.MinimumThroughput));
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)), (o.SamplingDuration, o.BreakDuration));
        Assert.Equal(TimeSpan.FromSeconds(10), o.AttemptTimeout);
    }

    [Theory]
    [InlineData("WeChat", 100)]
    [InlineData("Twilio", 10)]
    public void Each_provider_has_its_own_default_send_rate(string channel, int rate)
    {
        using var services = Build([]);

        Assert.Equal(rate, services.GetRequiredService<IOptionsMonitor<ResilienceOptions>>().Get(channel).SendRatePerSecond);
    }

    [Fact]
    public void Configuration_overrides_the_default_send_rate_whatever_the_key_case()
    {
        using var services = Build(new() { ["Resilience:twilio:SendRatePerSecond"] = "3" });

        Assert.Equal(3, services.GetRequiredService<IOptionsMonitor<ResilienceOptions>>().Get("Twilio").SendRatePerSecond);
    }

    [Theory]
    [InlineData("AttemptTimeout", "00:01:00")] // longer than the 30 s total
    [InlineData("MaxRetryAttempts", "0")]
    [InlineData("FailureRatio", "1.5")]
    [InlineData("MinimumThroughput", "1")]
    [InlineData("SendRatePerSecond", "0")]
    public void Bad_configuration_stops_the_app_at_start(string key, string value)
    {
        using var services = Build(new() { [$"Resilience:Twilio:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(key, string.Join(" ", error.Failures));
    }

    /// <summary>Both entry points, as Host will call them; WeChat and Twilio are registered by both.</summary>
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddHttpClient("WeChat").AddAlertsResilience("WeChat");
        services.AddHttpClient("Twilio").AddAlertsResilience("Twilio");
        services.AddSendRateLimits(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
