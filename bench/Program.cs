using System.Globalization;
using Alerts.Bench.Seed;
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
               dotnet run -c Release --project bench -- webhook
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "seed":
                return SeedBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
            case "webhook":
                return await WebhookBench.RunAsync();
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
