using Alerts.Monitoring.Assessment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Tests.Assessment;

public sealed class RiskThresholdsOptionsTests
{
    [Fact]
    public void DefaultsAreChongqing2020()
    {
        var options = Resolve([]);

        Assert.Equal(4000, options.PovertyLineYuan);
        Assert.Equal(6000m, options.MonitoringLineYuan);
        Assert.Equal(4800m, options.RedWarningLineYuan);
        Assert.Equal(15, options.CandidateDeadlineDays);
    }

    [Fact]
    public void TheSectionBindsEveryKey()
    {
        var options = Resolve(new()
        {
            ["Monitoring:PovertyLineYuan"] = "4500",
            ["Monitoring:MonitoringMultiplier"] = "1.6",
            ["Monitoring:RedWarningMultiplier"] = "1.3",
            ["Monitoring:CandidateDeadlineDays"] = "20",
        });

        Assert.Equal((4500, 1.6m, 1.3m, 20),
            (options.PovertyLineYuan, options.MonitoringMultiplier, options.RedWarningMultiplier, options.CandidateDeadlineDays));
        Assert.Equal(7200m, options.MonitoringLineYuan);
    }

    [Theory]
    [InlineData("PovertyLineYuan", "0", "PovertyLineYuan")]
    [InlineData("MonitoringMultiplier", "0", "MonitoringMultiplier")]
    [InlineData("RedWarningMultiplier", "11", "RedWarningMultiplier")]
    [InlineData("CandidateDeadlineDays", "0", "CandidateDeadlineDays")]
    [InlineData("RedWarningMultiplier", "1.6", "must not exceed MonitoringMultiplier")]
    public void InvalidThresholdsFailAtStart(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Monitoring:" + key] = value }));

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    private static RiskThresholdsOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRelapseAssessment();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RiskThresholdsOptions>>().Value;
    }
}
