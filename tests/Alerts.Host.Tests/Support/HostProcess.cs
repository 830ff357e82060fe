using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// The real Alerts.Host executable as its own process on a free loopback port, on its own SQLite file: for tests
/// that need a real socket (a browser) or a real crash (kill -9).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private HostProcess(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        Directory = directory;
        BaseAddress = baseAddress;
    }

    public string Directory { get; }
    public Uri BaseAddress { get; }
    public string DatabasePath => Path.Combine(Directory, "alerts.db");
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static Task<HostProcess> StartAsync(IDictionary<string, string>? settings = null, string? directory = null) =>
        StartAsync(_ => settings ?? new Dictionary<string, string>(), directory);

    /// <summary>With settings that name the Host's own address (webhook base URLs the fakes post receipts to).</summary>
    public static async Task<HostProcess> StartAsync(Func<Uri, IDictionary<string, string>> settingsFor, string? directory = null)
    {
        directory ??= NewDirectory();
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = settingsFor(baseAddress);
        var process = Process.Start(StartInfo(directory, baseAddress, settings))!;
        var host = new HostProcess(process, directory, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>
    /// Starts the server expecting it to stop by itself (a start-up failure) and returns how; a server still running
    /// after <paramref name="timeout"/> is killed and reported with exit code -1.
    /// </summary>
    public static async Task<(int ExitCode, string Out, string Err)> RunToExitAsync(IDictionary<string, string> settings,
        TimeSpan timeout)
    {
        var directory = NewDirectory();
        try
        {
            using var process = Process.Start(StartInfo(directory, new Uri($"http://127.0.0.1:{FreePort()}"), settings))!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            var exitCode = -1;
            try
            {
                await process.WaitForExitAsync(limit.Token);
                exitCode = process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }

            return (exitCode, await output, await error);
        }
        finally
        {
            DeleteDirectory(directory);
        }
    }

    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "alerts-proc-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    private static ProcessStartInfo StartInfo(string directory, Uri baseAddress, IDictionary<string, string>? settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alerts.Host.dll"));
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ConnectionStrings__Alerts"] = $"Data Source={Path.Combine(directory, "alerts.db")}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return start;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what is not committed is lost.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        Kill();
        _process.Dispose();
        await Task.Yield();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Deletes the folder; call after disposing every process that used it.</summary>
    public static void DeleteDirectory(string directory)
    {
        try { System.IO.Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* left for the OS */ }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Alerts.Host exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Alerts.Host did not become healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
