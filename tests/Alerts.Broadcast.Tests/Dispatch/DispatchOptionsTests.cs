using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Tests.Dispatch;

/// <summary>Dispatch settings that cannot work are refused at start-up with what to change, never used.</summary>
public sealed class DispatchOptionsTests
{
    [Fact]
    public async Task A_lane_that_does_not_exist_a_lane_without_workers_and_a_lease_shorter_than_two_sends_are_refused()
    {
        await using var h = await DispatchHarness.StartAsync();
        var services = h.CreateServices(new Dictionary<string, string?>
        {
            ["Dispatch:Lanes:fax:Workers"] = "2",
            ["Dispatch:Lanes:sms:Workers"] = "0",
            ["Dispatch:Lease"] = "00:00:08",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DispatchOptions>>().Value);

        Assert.Contains(refused.Failures, f => f.Contains("Dispatch:Lanes:fax is not a lane", StringComparison.Ordinal));
        Assert.Contains(refused.Failures, f => f.Contains("Dispatch:Lanes:sms:Workers must be 1–256", StringComparison.Ordinal));
        // The harness's providers time out after 5 s in all: half of an 8 s lease cannot outlast one send.
        Assert.Contains(refused.Failures, f => f.Contains("must be at least twice Resilience:WeChat:TotalTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_lane_has_the_common_workers_unless_it_sets_its_own()
    {
        await using var h = await DispatchHarness.StartAsync();
        var o = h.CreateServices(new Dictionary<string, string?>
        {
            ["Dispatch:Workers"] = "3", ["Dispatch:Lanes:sms:Workers"] = "1", ["Dispatch:Lanes:sms:BatchSize"] = "7",
        }).GetRequiredService<IOptions<DispatchOptions>>().Value;

        Assert.Equal((3, 1), (o.WorkersOf("wechat"), o.WorkersOf("sms")));
        Assert.Equal((10, 7), (o.BatchSizeOf("wechat"), o.BatchSizeOf("sms")));
    }
}
