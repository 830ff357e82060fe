using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>The households verbs, run as the real executable: the demo register written and imported, twice.</summary>
public sealed class HouseholdsCliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "alerts-cli-" + Guid.NewGuid().ToString("N"));
    private string Database => Path.Combine(_directory, "alerts.db");

    public HouseholdsCliTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task TheDemoRegisterImportsThenChangesNothingAndABadFileIsRefusedWithItsRows()
    {
        var register = Path.Combine(_directory, "register.csv");
        var bad = Path.Combine(_directory, "bad.csv");
        await File.WriteAllTextAsync(bad, "村代码,户编号,姓名,与户主关系,共同生活\n500112101001,A,张三,户主,也许\n");
        await HostCli.RunAsync(_directory, Database, "seed", "--households", "40");

        var written = await HostCli.RunAsync(_directory, Database, "households", "demo-register", register);
        var first = await HostCli.RunAsync(_directory, Database, "households", "import", register, "--region", "500112");
        var again = await HostCli.RunAsync(_directory, Database, "households", "import", register, "--region", "500112");
        var refused = await HostCli.RunAsync(_directory, Database, "households", "import", bad, "--region", "500112");
        var nobody = await HostCli.RunAsync(_directory, Database, "households", "import", register, "--as", "nobody");

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("40 households", first.Out);
        Assert.Contains("0 new, 40 updated, 0 unchanged", first.Out);
        Assert.Contains("0 new, 0 updated, 40 unchanged", again.Out);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("第 2 行「共同生活」", refused.Err);
        Assert.Equal(2, nobody.ExitCode);
        using var c = new SqliteConnection($"Data Source={Database}");
        c.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM household_members WHERE name = '张三'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a process still closing its file; the temp folder is cleaned by the OS */ }
    }
}
