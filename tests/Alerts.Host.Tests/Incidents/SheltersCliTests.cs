using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Incidents;

/// <summary>The <c>shelters import</c> verb, run as the real Alerts.Host executable on the same file as an in-memory Host.</summary>
public sealed class SheltersCliTests
{
    [Fact]
    public async Task AnOfficialsLoginImportsAFileAndABadRowImportsNothingAndNamesItsLine()
    {
        await using var app = new AlertsApp();
        using (app.CreateClient()) { }
        var (account, _) = await app.Services.GetRequiredService<AccountStore>().AddAsync("镇干部", AccountRoles.Official,
            OfficialsApi.Town, Departments.Emergency, CancellationToken.None);
        await app.Services.GetRequiredService<PasswordSignIn>().SetOneTimePasswordAsync(account.Id, "town-official", "test", CancellationToken.None);
        var good = Path.Combine(app.Directory, "shelters.csv");
        var bad = Path.Combine(app.Directory, "bad.csv");
        await File.WriteAllTextAsync(good, "村代码,名称,地址,容量\n500112101001,村小学,村委会旁,120\n500112101001,村委会,,60\n");
        await File.WriteAllTextAsync(bad, "村代码,名称,容量\n500112101001,祠堂,80\n500112102001,别村小学,80\n");

        var imported = await HostCli.RunAsync(app.Directory, app.DatabasePath, "shelters", "import", good, "--as", "town-official");
        var refused = await HostCli.RunAsync(app.Directory, app.DatabasePath, "shelters", "import", bad, "--as", "town-official");
        var nobody = await HostCli.RunAsync(app.Directory, app.DatabasePath, "shelters", "import", good, "--as", "nobody");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("2 new, 0 updated, 0 unchanged", imported.Out);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("第 3 行", refused.Err);
        Assert.Equal(2, nobody.ExitCode);
        using var c = app.OpenDatabase();
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters"));
    }
}
