using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>accounts add --name NAME --role official --region CODE --department natural_resources</c> issues an API key
/// (printed alone on the last line; only its hash is kept); <c>accounts revoke alk_XXXXXXXX</c> revokes one.
/// </summary>
internal static class AccountsVerb
{
    public const string Usage = """
          dotnet run --project Host -- accounts add --name NAME --role official --region CODE --department DEPT
                                                            issue an API key (printed alone on the last line)
          dotnet run --project Host -- accounts revoke alk_XXXXXXXX   revoke a key by its public prefix
          dotnet run --project Host -- accounts password alk_XXXXXXXX [--login NAME]
                                                            a console login and a one-time password (last line)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        switch (args.FirstOrDefault())
        {
            case "add":
                return await AddAsync(services, args[1..], ct);
            case "password" when args is [_, _] or [_, _, "--login", _]:
                return await PasswordAsync(services, args[1], args.Length == 4 ? args[3] : null, ct);
            case "revoke" when args.Length == 2:
                await services.GetRequiredService<Migrator>().MigrateAsync(ct);
                var revoked = await services.GetRequiredService<AccountStore>().RevokeAsync(args[1], ct);
                Console.WriteLine(revoked ? $"revoked {args[1]}" : $"no live key {args[1]}");
                return revoked ? 0 : 2;
            default:
                Console.Error.WriteLine("usage:\n" + Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var unknown = args.Where((a, i) => i % 2 == 0 && a is not ("--name" or "--role" or "--region" or "--department")).ToList();
        if (unknown.Count > 0 || args.Length % 2 != 0)
        {
            Console.Error.WriteLine($"accounts add: unexpected arguments {string.Join(' ', unknown)}");
            Console.Error.WriteLine("usage:\n" + Usage);
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var (account, key, errors) = await services.GetRequiredService<AccountIssuer>().IssueAsync(
            Option(args, "--name"), Option(args, "--role"), Option(args, "--region"), Option(args, "--department"), ct);
        if (account is null)
        {
            foreach (var error in errors.Values) Console.Error.WriteLine(error);
            return 2;
        }
        Console.WriteLine($"account {account.Id} \"{account.Name}\" {account.Role} {account.RegionCode} {account.Department} key {account.KeyPrefix}…");
        Console.WriteLine("The key is shown once; only its hash is stored. / 密钥只显示这一次。");
        Console.WriteLine(key);
        return 0;
    }

    /// <summary>A random one-time password, printed once; the console makes its owner choose their own.</summary>
    private static async Task<int> PasswordAsync(IServiceProvider services, string prefix, string? login, CancellationToken ct)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var account = await services.GetRequiredService<AccountStore>().FindByPrefixAsync(prefix, ct);
        if (account is null)
        {
            Console.Error.WriteLine($"没有账号 {prefix} / no account {prefix}");
            return 2;
        }
        var (password, error) = await services.GetRequiredService<PasswordSignIn>().SetOneTimePasswordAsync(account.Id, login, "cli", ct);
        if (password is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        Console.WriteLine($"account {account.Id} \"{account.Name}\" may sign in{(login is null ? "" : $" as {login}")}; change the password at first sign-in.");
        Console.WriteLine("一次性密码只显示这一次，首次登录后须修改。 / The one-time password is shown once.");
        Console.WriteLine(password);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
