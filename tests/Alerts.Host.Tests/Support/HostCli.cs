using System.Diagnostics;

namespace Alerts.Host.Tests.Support;

/// <summary>Runs a CLI verb of the real Alerts.Host executable on a given SQLite file.</summary>
public static class HostCli
{
    public static Task<(int ExitCode, string Out, string Err)> RunAsync(string directory, string databasePath, params string[] args) =>
        RunAsync(directory, databasePath, new Dictionary<string, string>(), args);

    /// <summary>With extra environment variables (ALERTS_ADMIN_KEY …).</summary>
    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(string directory, string databasePath,
        IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alerts.Host.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Alerts"] = $"Data Source={databasePath}";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
