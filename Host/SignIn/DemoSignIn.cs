using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Alerts.Store;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Host.SignIn;

/// <summary>
/// The demo's first start: when the demo county is loaded and no account can sign in yet, a demo admin for the county
/// is made with a random one-time password, printed once (never a fixed password), to be changed at first sign-in.
/// Runs after the store has migrated and loaded the demo (hosted services start in order).
/// </summary>
internal sealed class DemoSignIn(
    IOptions<DemoOptions> demo, PasswordSignIn signIn, AccountStore accounts, RegionStore regions, ILogger<DemoSignIn> logger)
    : IHostedService
{
    public const string Login = "admin";

    public async Task StartAsync(CancellationToken ct)
    {
        if (!demo.Value.LoadOnEmptyDatabase || await signIn.AnyLoginAsync(ct)) return;
        var county = (await regions.AtLevelAsync(3, ct)).FirstOrDefault();
        if (county is null) return;
        var (account, _) = await accounts.AddAsync("演示管理员", AccountRoles.Admin, county.Code, null, ct);
        var (password, _) = await signIn.SetOneTimePasswordAsync(account.Id, Login, "demo", ct);
        logger.LogInformation("Demo admin account {AccountId} created for the console", account.Id);
        // Printed, not logged: the one place a newcomer looks, and log shipping never carries it.
        Console.WriteLine($"""

            ==== 控制台登录 / Console sign-in ====
            账号 login: {Login}
            一次性密码 one-time password: {password}
            首次登录后请设置自己的密码。 You choose your own password at first sign-in.
            =====================================

            """);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
