using Alerts.Channels.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>
/// An HttpClient named "x" wired as production wires one (AddHttpClient + AddAlertsResilience), with options
/// bound from in-memory configuration sized for tests: short backoff, timeouts short enough to keep a failing test
/// quick but long enough for a cold first request on a loaded machine, and a breaker that stays closed.
/// </summary>
internal sealed class ResilientClient : IDisposable
{
    public const string Name = "x";

    private static readonly Dictionary<string, string?> TestSized = new()
    {
        ["Resilience:x:AttemptTimeout"] = "00:00:05",
        ["Resilience:x:TotalTimeout"] = "00:00:20",
        ["Resilience:x:RetryDelay"] = "00:00:00.010",
        ["Resilience:x:SamplingDuration"] = "00:00:10",
        ["Resilience:x:BreakDuration"] = "00:00:01",
    };

    private readonly ServiceProvider _services;

    private ResilientClient(ServiceProvider services, ListLoggerProvider logs)
    {
        _services = services;
        Logs = logs;
        Http = services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);
    }

    public HttpClient Http { get; }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _services;

    /// <param name="overrides">Keys relative to Resilience:x, e.g. ("MaxRetryAttempts", "5").</param>
    public static ResilientClient Create(Uri baseAddress, params (string Key, string Value)[] overrides) =>
        Create(baseAddress, TimeProvider.System, overrides);

    /// <param name="time">The clock the pipeline's delays and timeouts run on (a FakeTimeProvider to move it by hand).</param>
    public static ResilientClient Create(Uri baseAddress, TimeProvider time, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(TestSized);
        foreach (var (key, value) in overrides)
        {
            settings[$"Resilience:{Name}:{key}"] = value;
        }

        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(b => b.AddProvider(logs));
        services.AddSingleton(time);
        services.AddHttpClient(Name, c => c.BaseAddress = baseAddress).AddAlertsResilience(Name);
        return new ResilientClient(services.BuildServiceProvider(validateScopes: true), logs);
    }

    /// <summary>One request outside the script, so that a timed test does not also time the first connection and JIT.</summary>
    public async Task WarmUpAsync()
    {
        using var response = await Http.GetAsync(ScriptedServer.WarmUpPath);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _services.Dispose();
}
