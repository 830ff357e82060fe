using Alerts.Bench.Seed;

// Harnesses that print each figure beside a ceiling measured in the same run, as a ratio.
//   dotnet run -c Release --project bench -- seed 1000000
var verb = args.Length > 0 ? args[0] : "";
return verb switch
{
    "seed" => SeedBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- seed [households]");
    return 2;
}
