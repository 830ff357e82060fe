using System.Globalization;
using System.Text;
using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Store;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Incidents;

/// <summary>
/// With <c>Demo:Shelters</c> (on by default, with the demo county), gives every demo village a "村小学" shelter and every
/// other one a "村委会" too, through the real import, on a start that finds no shelter at all (a fresh database).
/// Runs after the Store's start-up, which loads the county (registered later).
/// </summary>
internal sealed class DemoSheltersStartup(IOptions<DemoOptions> options, ShelterStore shelters, ShelterDesk desk, RegionStore regions,
    ILogger<DemoSheltersStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnEmptyDatabase || !options.Value.Shelters || await shelters.AnyAsync(cancellationToken)) return;
        var villages = await regions.UnderAsync(DemoCounty.CountyPrefix, 5, cancellationToken);
        if (villages.Count == 0) return;
        var csv = new StringBuilder("村代码,名称,地址,容量\n");
        for (var i = 0; i < villages.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{villages[i].Code},村小学,村委会旁,{120 + 20 * (i % 5)}\n");
            if (i % 2 == 0) csv.Append(CultureInfo.InvariantCulture, $"{villages[i].Code},村委会,村中心,60\n");
        }
        var caller = new IncidentCaller("demo", DemoCounty.CountyCode, IsOfficial: true, Department: null);
        var result = await desk.ImportAsync(caller, csv.ToString(), cancellationToken);
        if (result.Succeeded) logger.LogInformation("Gave the demo villages {Created} shelters", result.Created);
        else logger.LogWarning("The demo shelters did not import: {ErrorCount} errors", result.Errors.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
