using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Foundation;

/// <summary>A database that cannot be opened stops the real executable at once, saying which file and why.</summary>
[Collection(SerialCollection.Name)]
public sealed class StartupFailureTests
{
    private static readonly string MissingFolder = Path.Combine(Path.GetTempPath(), "alerts-missing-" + Guid.NewGuid().ToString("N"));
    private static readonly string Database = Path.Combine(MissingFolder, "x.db");

    [Fact]
    public async Task TheServerOnAPostgreSqlNobodyListensAtExitsWith1AndAMessageNamingItWithoutThePassword()
    {
        using var nobody = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        nobody.Start();
        var port = ((System.Net.IPEndPoint)nobody.LocalEndpoint).Port;
        nobody.Stop(); // a port that refuses

        var (exitCode, output, error) = await HostProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:Alerts"] = $"Host=127.0.0.1;Port={port};Database=alerts;Username=alerts;Password=s3cret-pw",
        }, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Cannot open the database 127.0.0.1:{port}/alerts (ConnectionStrings:Alerts): ", error.TrimEnd());
        Assert.DoesNotContain("s3cret-pw", output + error);
        Assert.DoesNotContain("Unhandled exception", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task TheServerOnADatabaseInAMissingFolderExitsWith1AndAMessageNamingThePath()
    {
        var (exitCode, output, error) = await HostProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:Alerts"] = $"Data Source={Database}",
        }, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        var message = error.TrimEnd();
        Assert.Equal($"Cannot open the database {Database} (ConnectionStrings:Alerts): the folder {MissingFolder} does not exist.", message);
        Assert.DoesNotContain("Unhandled exception", output + error);
        Assert.DoesNotContain("SQLite Error 14", output + error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.False(Directory.Exists(MissingFolder));
    }

    [Fact]
    public async Task TheMigrateVerbOnADatabaseInAMissingFolderExitsWith1AndTheSameMessage()
    {
        var (exitCode, _, error) = await HostCli.RunAsync(Path.GetTempPath(), Database, "migrate");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot open the database {Database} (ConnectionStrings:Alerts): the folder {MissingFolder} does not exist.", error);
        Assert.DoesNotContain("Unhandled exception", error);
    }
}
