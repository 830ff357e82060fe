using System.Diagnostics;
using Npgsql;

namespace Alerts.Bench.Support;

/// <summary>
/// The PostgreSQL server the benches run on: <c>ALERTS_BENCH_POSTGRES</c> when set, else a private one started with
/// tests/postgres.sh on first use and stopped when the bench ends (<see cref="StopIfStarted"/>). Each bench database
/// is a fresh one on it (<see cref="CreateDatabase"/>).
/// </summary>
internal static class BenchPostgres
{
    public const string Variable = "ALERTS_BENCH_POSTGRES";

    private static readonly Lock Gate = new();
    private static string? _server;
    private static string? _startedBy; // the script that started it, to stop it

    /// <summary>A new empty database on the server; returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = Server();
        var name = "alerts_bench_" + Guid.NewGuid().ToString("N");
        using (var c = new NpgsqlConnection(server))
        {
            c.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var c = new NpgsqlConnection(Server());
        c.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c);
        drop.ExecuteNonQuery();
    }

    public static void StopIfStarted()
    {
        lock (Gate)
        {
            if (_startedBy is null) return;
            NpgsqlConnection.ClearAllPools();
            Run(_startedBy, "stop");
            _startedBy = null;
            _server = null;
        }
    }

    private static string Server()
    {
        lock (Gate)
        {
            if (_server is not null) return _server;
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return _server = given;
            var script = FindScript();
            var output = Run(script, "start");
            _startedBy = script;
            return _server = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        }
    }

    /// <summary>tests/postgres.sh of the repository the bench runs from (its build output or the current folder).</summary>
    private static string FindScript()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "tests", "postgres.sh");
                if (File.Exists(script)) return script;
            }
        }
        throw new InvalidOperationException($"tests/postgres.sh not found above {AppContext.BaseDirectory}; set {Variable}.");
    }

    private static string Run(string script, string verb)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(verb);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} {verb} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }
}
