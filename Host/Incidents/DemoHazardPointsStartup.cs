using Alerts.Incidents.Core;
using Alerts.Incidents.HazardPoints;
using Alerts.Store;
using Alerts.Store.Seeding;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Incidents;

/// <summary>
/// On a demo start with no hazard points yet, imports a few through the real import (<see cref="DemoHazardPoints"/>),
/// so `dotnet run` shows the register. <c>Demo:HazardPoints=false</c> leaves them out (the Host tests do: a demo monitor
/// would read other stories' grid worker messages as reports). Runs after the Store's start-up (registered later).
/// </summary>
internal sealed class DemoHazardPointsStartup(IOptions<DemoOptions> options, DemoHazardPoints demo,
    HazardPointImporter importer, TimeProvider time, ILogger<DemoHazardPointsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnEmptyDatabase || !options.Value.HazardPoints ||
            await demo.AnyAsync(cancellationToken)) return;
        var csv = await demo.CsvAsync(DemoCounty.CountyPrefix, cancellationToken);
        var outcome = await importer.ImportAsync(System.Text.Encoding.UTF8.GetBytes(csv),
            new IncidentCaller("demo", DemoCounty.CountyCode, IsOfficial: true, Department: null), time.GetUtcNow(), cancellationToken);
        if (outcome.Result is { Succeeded: true } r) logger.LogInformation("Imported {Points} demo hazard points", r.Points);
        else logger.LogWarning("The demo hazard points did not import: {FirstError}",
            outcome.Result?.Errors.FirstOrDefault()?.ToString() ?? outcome.Refusal?.English);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
