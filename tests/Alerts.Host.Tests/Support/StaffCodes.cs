using Alerts.Identity;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Plays the admin for a Host running as its own process: an admin account of the county and a binding code for a
/// member of staff, written to that Host's database through the same Identity API the CLI verb uses.
/// </summary>
public static class StaffCodes
{
    public static async Task<string> IssueAsync(string databasePath, long personId, string county = "500112000000")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Alerts"] = $"Data Source={databasePath}",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStore(configuration);
        services.AddIdentity(configuration);
        await using var provider = services.BuildServiceProvider();
        var (admin, _) = await provider.GetRequiredService<AccountStore>().AddAsync("测试管理员", AccountRoles.Admin, county, null, CancellationToken.None);
        var (_, code, error) = await provider.GetRequiredService<StaffBinding>()
            .IssueAsync(admin, personId.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        return code ?? throw new InvalidOperationException(error);
    }
}
