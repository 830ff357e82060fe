using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>staff bind-code --person ID|PHONE</c>: an admin (whose API key is in ALERTS_ADMIN_KEY, never on the command line
/// where other users could read it) issues a one-time binding code for a grid worker or official of their jurisdiction.
/// </summary>
internal static class StaffVerb
{
    public const string Usage = """
          ALERTS_ADMIN_KEY=alk_… dotnet run --project Host -- staff bind-code --person ID|PHONE
                                                            issue a one-time code that binds a grid worker or official in chat
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args is not ["bind-code", "--person", var who])
        {
            Console.Error.WriteLine("usage:\n" + Usage);
            return 2;
        }
        var key = Environment.GetEnvironmentVariable("ALERTS_ADMIN_KEY");
        if (string.IsNullOrEmpty(key))
        {
            Console.Error.WriteLine("需要管理员的 API 密钥：设置环境变量 ALERTS_ADMIN_KEY / set ALERTS_ADMIN_KEY to an admin's API key");
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var admin = await services.GetRequiredService<AccountStore>().AuthenticateAsync(key, ct);
        if (admin is null)
        {
            Console.Error.WriteLine("密钥无效或已吊销 / the key is unknown or revoked");
            return 2;
        }
        var (person, code, error) = await services.GetRequiredService<StaffBinding>().IssueAsync(admin, who, ct);
        if (code is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        Console.WriteLine($"binding code for person {person!.Id} \"{person.Name}\" {person.Role} {person.RegionCode}, valid once.");
        Console.WriteLine("请当面或电话交给本人，在微信或短信里回复“绑定 绑定码”。 / Hand it to them; they reply 绑定 CODE in chat.");
        Console.WriteLine(code);
        return 0;
    }
}
