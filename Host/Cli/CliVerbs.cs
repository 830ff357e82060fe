using System.Data.Common;
using Alerts.Host.Incidents;
using System.Globalization;
using Alerts.Broadcast;
using Alerts.Identity;
using Alerts.Monitoring;
using Alerts.Host.Hosting;
using Alerts.Host.Logging;
using Alerts.Host.Monitoring;
using Alerts.Store;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Alerts.Store.Database;

namespace Alerts.Host.Cli;

/// <summary>
/// Verbs run instead of the web server: <c>migrate</c>, <c>seed --households N</c>, <c>accounts add …</c>,
/// <c>staff bind-code …</c>, <c>roster set …</c>, <c>cases open|step|screening|export …</c>,
/// <c>monitoring helper|measure|exit …</c>. They use the same
/// configuration and services as the Host, so they act on the same database.
/// </summary>
internal static class CliVerbs
{
    private const string Usage = """
        usage:
          dotnet run --project Host                         serve (http://localhost:5080)
          dotnet run --project Host -- migrate              apply pending schema migrations
          dotnet run --project Host -- seed --households N  add N synthetic households to the demo county
        """ + "\n" + AccountsVerb.Usage + "\n" + StaffVerb.Usage + "\n" + RosterVerb.Usage + "\n" + CasesVerb.Usage + "\n" + MonitoringVerb.Usage + "\n" + HouseholdsVerb.Usage + "\n" + HazardPointsVerb.Usage + "\n" + SheltersVerb.Usage;

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args[1..]);
        builder.Logging.AddAlertsLogging();
        builder.Services.AddStore(builder.Configuration);
        builder.Services.AddIdentity(builder.Configuration);
        builder.Services.AddBroadcast(builder.Configuration);
        builder.Services.AddMonitoringHost();
        builder.Services.AddIncidentsHost();
        using var host = builder.Build();
        var services = host.Services;
        var ct = CancellationToken.None;
        try
        {
            switch (args[0])
            {
                case "migrate":
                    var version = await services.GetRequiredService<Migrator>().MigrateAsync(ct);
                    Console.WriteLine($"schema version {version}");
                    return 0;
                case "seed":
                    return await SeedAsync(services, args[1..], ct);
                case "accounts":
                    return await AccountsVerb.RunAsync(services, args[1..], ct);
                case "staff":
                    return await StaffVerb.RunAsync(services, args[1..], ct);
                case "roster":
                    return await RosterVerb.RunAsync(services, args[1..], ct);
                case "cases":
                    return await CasesVerb.RunAsync(services, args[1..], ct);
                case "monitoring":
                    return await MonitoringVerb.RunAsync(services, args[1..], ct);
                case "households":
                    return await HouseholdsVerb.RunAsync(services, args[1..], ct);
                case "hazard-points":
                    return await HazardPointsVerb.RunAsync(services, args[1..], ct);
                case "shelters":
                    return await SheltersVerb.RunAsync(services, args[1..], ct);
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception ex) when (StartupFailures.MessageFor(ex) is { } message)
        {
            Console.Error.WriteLine(message);
            return StartupFailures.ExitCode;
        }
    }

    private static async Task<int> SeedAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var index = Array.IndexOf(args, "--households");
        if (index < 0 || index + 1 >= args.Length ||
            !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var households) || households <= 0)
        {
            Console.Error.WriteLine("seed needs --households N with N a positive whole number");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var db = services.GetRequiredService<StoreDb>();
        using (var connection = db.Open())
        {
            services.GetRequiredService<DemoDataLoader>().EnsureRegions(connection);
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = services.GetRequiredService<HouseholdSeeder>().Seed(households, DemoCounty.Villages, ct: ct);
        var seconds = started.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {result.Households} households and {result.People} people in {seconds:F1} s ({result.Households / seconds:F0} households/s)"));
        return 0;
    }
}
