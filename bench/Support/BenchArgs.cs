using System.Globalization;
using Alerts.Store.Database;

namespace Alerts.Bench.Support;

/// <summary>
/// A verb's arguments: its positional numbers, and <c>--engine sqlite|postgres</c> and <c>--hosts N</c> anywhere
/// after the verb.
/// </summary>
internal sealed record BenchArgs(IReadOnlyList<string> Positional, StoreEngine Engine, int Hosts)
{
    public static BenchArgs Parse(IEnumerable<string> args)
    {
        var positional = new List<string>();
        var engine = StoreEngine.Sqlite;
        var hosts = 1;
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            switch (e.Current)
            {
                case "--engine":
                    engine = Next(e, "--engine") switch
                    {
                        "sqlite" => StoreEngine.Sqlite,
                        "postgres" => StoreEngine.Postgres,
                        var other => throw new ArgumentException($"--engine {other}: expected sqlite or postgres"),
                    };
                    break;
                case "--hosts":
                    hosts = int.Parse(Next(e, "--hosts"), CultureInfo.InvariantCulture);
                    if (hosts < 1) throw new ArgumentException("--hosts must be at least 1");
                    break;
                default:
                    positional.Add(e.Current);
                    break;
            }
        }
        return new BenchArgs(positional, engine, hosts);
    }

    /// <summary>The positional number at <paramref name="index"/> (0 = first after the verb), or the fallback.</summary>
    public int Number(int index, int fallback) =>
        Positional.Count > index ? int.Parse(Positional[index], CultureInfo.InvariantCulture) : fallback;

    /// <summary>"SQLite" or "PostgreSQL", and the Host count, for a bench's first line.</summary>
    public string Describe() => $"{(Engine == StoreEngine.Postgres ? "PostgreSQL" : "SQLite")}, {Hosts} Host(s)";

    private static string Next(IEnumerator<string> e, string name) =>
        e.MoveNext() ? e.Current : throw new ArgumentException($"{name} needs a value");
}
