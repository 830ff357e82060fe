using Alerts.Store.Database;
using Alerts.Store.Migrations;

namespace Alerts.Host.Hosting;

/// <summary>
/// Failures the operator must fix rather than bugs: a database that cannot be opened or brought up to date. They end
/// the server or a verb with their own message on stderr and exit code 1, not an unhandled-exception stack trace.
/// </summary>
internal static class StartupFailures
{
    public const int ExitCode = 1;

    /// <summary>Serves until stopped; returns the process exit code.</summary>
    public static async Task<int> ServeUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            // Opened once before the host starts, so a file that cannot be opened is told in one line; later, the
            // host would first log its own "Hosting failed to start" with SQLite's stack trace.
            await using (await app.Services.GetRequiredService<StoreDb>().OpenAsync(CancellationToken.None)) { }
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (MessageFor(ex) is { } message)
        {
            Console.Error.WriteLine(message);
            return ExitCode;
        }
    }

    /// <summary>The message to show for an operator's failure, or null for anything else (a bug: let it surface).</summary>
    public static string? MessageFor(Exception ex) => ex switch
    {
        StoreUnavailableException or MigrationException => ex.Message,
        // The generic host wraps failures of several hosted services together.
        AggregateException { InnerExceptions.Count: 1 } one => MessageFor(one.InnerExceptions[0]),
        _ => null,
    };
}
