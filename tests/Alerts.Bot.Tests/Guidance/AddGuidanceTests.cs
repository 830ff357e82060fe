using Alerts.Bot.Guidance;
using Alerts.Bot.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Bot.Tests.Guidance;

public sealed class AddGuidanceTests
{
    [Fact]
    public void TheEngineResolvesOnceOverTheEmbeddedRules()
    {
        using var provider = new ServiceCollection().AddGuidance().AddGuidance().BuildServiceProvider();

        var engine = provider.GetRequiredService<GuidanceEngine>();

        Assert.Same(engine, provider.GetRequiredService<GuidanceEngine>());
        Assert.NotEmpty(engine.Compose(new ReportAnswers { Hazard = "flood" }, new HouseholdStatus(), null).Texts);
    }
}
