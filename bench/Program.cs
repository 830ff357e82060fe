using System.Globalization;
using Alerts.Bench.Broadcast;
using Alerts.Bench.Register;
using Alerts.Bench.Seed;
using Alerts.Bench.Support;
using Alerts.Bench.Footprint;
using Alerts.Bench.Webhook;

namespace Alerts.Bench;

/// <summary>
/// Harnesses that print each figure beside a ceiling measured in the same run, as a ratio.
/// A named class rather than top-level statements, so that <c>Program</c> stays the Host's entry point here.
/// </summary>
internal static class BenchMain
{
    private const string Usage = """
        usage: dotnet run -c Release --project bench -- seed [households]
               dotnet run -c Release --project bench -- webhook [--engine sqlite|postgres] [--hosts N]
               dotnet run -c Release --project bench -- broadcast [households] [dispatch-households] [--engine sqlite|postgres] [--hosts N]
               dotnet run -c Release --project bench -- footprint [households] [--engine sqlite|postgres]
               dotnet run -c Release --project bench -- register [households]
        """;

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await RunAsync(args);
        }
        finally
        {
            BenchPostgres.StopIfStarted(); // a private server started for this run goes with it
        }
    }

    private static async Task<int> RunAsync(string[] args)
    {
        var options = BenchArgs.Parse(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "seed":
                return SeedBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
            case "webhook":
                return await WebhookBench.RunAsync(options);
            case "broadcast":
                // Targeting runs on the full county; dispatch sends every message of a smaller one, since at the
                // providers' real rates (WeChat 100/s, Twilio 10/s) a million messages take hours whatever we do.
                var targeting = await TargetingBench.RunAsync(options, options.Number(0, 1_000_000));
                return targeting | await DispatchBench.RunAsync(options, options.Number(1, 20_000));
            case "footprint":
                return await FootprintBench.RunAsync(options, options.Number(0, 1_000_000));
            case "register":
                return await RegisterBench.RunAsync(Arg(args, 1, 100_000));
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
