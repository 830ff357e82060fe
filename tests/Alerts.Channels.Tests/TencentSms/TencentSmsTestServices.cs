using Alerts.Channels.TencentSms;
using Alerts.Channels.Tests.Support;
using Alerts.Fakes.TencentSms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>Channels' Tencent registration pointed at a fake, with the test account's templates.</summary>
internal static class TencentSmsTestServices
{
    public static IConfiguration Configuration(FakeTencentSmsServer server, Dictionary<string, string?>? overrides = null,
        bool echoed = true)
    {
        var settings = TencentSmsTestAccount.Settings(server, echoed);
        foreach (var (key, value) in overrides ?? []) settings[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>The test account's options as configuration binds them, changed by <paramref name="change"/>.</summary>
    public static TencentSmsOptions Options(Action<Dictionary<string, string?>>? change = null)
    {
        var settings = TencentSmsTestAccount.Settings(new Uri("http://127.0.0.1:9/"));
        change?.Invoke(settings);
        var options = new TencentSmsOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(TencentSmsOptions.SectionName).Bind(options);
        return options;
    }

    public static ServiceProvider Build(FakeTencentSmsServer server, TimeProvider? time = null,
        Dictionary<string, string?>? overrides = null, bool echoed = true)
    {
        var services = new ServiceCollection().AddLogging();
        if (time is not null) services.AddSingleton(time);
        services.AddTencentSms(Configuration(server, overrides, echoed))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false })
            .AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        return services.BuildServiceProvider();
    }
}
