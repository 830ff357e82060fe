using Alerts.Identity.Roster;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>roster set --region CODE --person ID|PHONE[:wechat|sms] …</c> replaces the duty roster of a town, county or city
/// (order given = order told); <c>roster show --region CODE</c> prints it.
/// </summary>
internal static class RosterVerb
{
    public const string Usage = """
          dotnet run --project Host -- roster set --region CODE --person ID|PHONE[:wechat|sms] [--person …]
                                                            set the duty roster of a town, county or city, in order
          dotnet run --project Host -- roster show --region CODE
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var pairs = args.Skip(1).Chunk(2).ToList();
        if (args.Length == 0 || args[1..].Length % 2 != 0 || pairs.Any(p => p[0] is not ("--region" or "--person")) ||
            pairs.Count(p => p[0] == "--region") != 1 || args[0] is not ("set" or "show"))
        {
            Console.Error.WriteLine("usage:\n" + Usage);
            return 2;
        }
        var region = pairs.Single(p => p[0] == "--region")[1];
        var people = pairs.Where(p => p[0] == "--person").Select(p => p[1]).ToList();
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var roster = services.GetRequiredService<DutyRoster>();
        if (args[0] == "set")
        {
            var errors = await roster.SetAsync(region, people, "cli", ct);
            foreach (var error in errors) Console.Error.WriteLine(error);
            if (errors.Count > 0) return 2;
        }
        var code = Alerts.Store.Regions.DivisionCode.ToPrefix(region)?.PadRight(12, '0') ?? region;
        var entries = await roster.OfAsync(code, ct);
        Console.WriteLine(entries.Count == 0 ? $"{code}: no one on duty" : $"{code}:");
        foreach (var e in entries) Console.WriteLine($"  {e.Position}. person {e.PersonId} {e.Name} via {e.Channel}");
        return 0;
    }
}
