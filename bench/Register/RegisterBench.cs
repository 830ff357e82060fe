using System.Diagnostics;
using System.Globalization;
using Alerts.Bench.Support;
using Alerts.Channels.Messages;
using Alerts.Monitoring.Households.Register;
using Alerts.Store.Audit;
using Alerts.Store.Seeding;

namespace Alerts.Bench.Register;

/// <summary>
/// Our register import (CSV parsed, every cell checked, villages and jurisdiction checked, compared with what is
/// stored, upserted, audited) against the ceiling: a bare prepared-insert loop of the same rows into the same schema.
/// Then the same file again, which must change nothing.
/// </summary>
internal static class RegisterBench
{
    public static async Task<int> RunAsync(int households)
    {
        var register = new SyntheticRegister(households);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"register bench: {households:N0} households, {register.MemberRows:N0} member rows, {register.Csv.Length / 1_048_576.0:F1} M chars of CSV"));

        double oursSeconds, againSeconds;
        RegisterImportResult first, again;
        using (var db = new BenchDatabase())
        {
            var importer = new RegisterImporter(db.Db, new AuditStore(db.Db, TimeProvider.System), MainlandPhone.Parse, TimeProvider.System);
            var watch = Stopwatch.StartNew();
            first = await importer.ImportAsync(new StringReader(register.Csv), "bench", DemoCounty.CountyCode, CancellationToken.None);
            oursSeconds = watch.Elapsed.TotalSeconds;
            watch.Restart();
            again = await importer.ImportAsync(new StringReader(register.Csv), "bench", DemoCounty.CountyCode, CancellationToken.None);
            againSeconds = watch.Elapsed.TotalSeconds;
        }
        if (!first.Succeeded || first.Created != households || again.Unchanged != households)
        {
            Console.Error.WriteLine($"import went wrong: {first.Created} created, {again.Unchanged} unchanged, {string.Join("; ", first.Errors.Take(5))}");
            return 1;
        }

        double bareSeconds;
        using (var db = new BenchDatabase())
        {
            using var c = db.OpenSqlite();
            var watch = Stopwatch.StartNew();
            BareRegisterInsert.Run(c, register);
            bareSeconds = watch.Elapsed.TotalSeconds;
        }

        var ours = households / oursSeconds;
        var bare = households / bareSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours (RegisterImporter, new):   {ours,12:N0} households/s  ({oursSeconds:F1} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours (same file again):         {households / againSeconds,12:N0} households/s  ({againSeconds:F1} s, nothing changed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ceiling (bare prepared insert): {bare,12:N0} households/s  ({bareSeconds:F1} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours / ceiling:           {ours / bare,12:F2}  (goal >= 0.5)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"100,000 households at our rate: {100_000 / ours,12:F1} s  (goal < 60 s)"));
        return 0;
    }
}
