using System.Diagnostics;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Households.Register;
using Alerts.Store;
using Alerts.Store.Seeding;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Monitoring;

/// <summary>
/// With <c>Demo:ImportRegister</c>, imports the demo county's register through the real import on a start that finds
/// no register yet, so the demo has incomes near the monitoring line. Runs after the Store's start-up (registered later).
/// </summary>
internal sealed class DemoRegisterStartup(
    IOptions<DemoOptions> options, HouseholdRecordStore records, DemoRegister register, RegisterImporter importer,
    ILogger<DemoRegisterStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnEmptyDatabase || !options.Value.ImportRegister) return;
        if (await records.AnyRegisterMemberAsync(cancellationToken)) return;
        var watch = Stopwatch.StartNew();
        var csv = new StringWriter();
        await register.WriteAsync(csv, DemoCounty.CountyPrefix, cancellationToken);
        var result = await importer.ImportAsync(new StringReader(csv.ToString()), "demo", DemoCounty.CountyCode, cancellationToken);
        if (result.Succeeded)
            logger.LogInformation("Imported the demo register: {Households} households, {Members} members in {Milliseconds} ms",
                result.Households, result.Members, watch.ElapsedMilliseconds);
        else
            logger.LogWarning("The demo register did not import: {ErrorCount} errors, first {FirstError}",
                result.ErrorCount, result.Errors.FirstOrDefault()?.ToString());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
