using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// The <c>roster</c> and <c>staff bind-code</c> verbs as the real executable, on the file of an in-memory Host: the
/// code it prints binds the grid worker in chat; a roster names staff who can be reached, in order.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class StaffCliTests
{
    [Fact]
    public async Task AnAdminKeyIssuesABindingCodeThatBindsTheWorkerAndARosterIsSetInOrder()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var worker = Resident.GridWorkerOf(db, Resident.Villager(db).RegionCode);
        var town = worker.RegionCode[..9];
        var officials = db.Query<(long Id, string Phone)>("SELECT id, phone FROM people WHERE role = 'official' AND region_code = @T ORDER BY id",
            new { T = town + "000" }).ToList();
        var directory = Path.GetDirectoryName(app.DatabasePath)!;

        var (noKey, _, why) = await HostCli.RunAsync(directory, app.DatabasePath, "staff", "bind-code", "--person", worker.Phone!);
        Assert.Equal((2, true), (noKey, why.Contains("ALERTS_ADMIN_KEY", StringComparison.Ordinal)));
        var (_, added, _) = await HostCli.RunAsync(directory, app.DatabasePath, "accounts", "add", "--name", "区管理员", "--role", "admin",
            "--region", "500112");
        var key = added.TrimEnd().Split('\n')[^1].Trim();
        var (exit, output, _) = await HostCli.RunAsync(directory, app.DatabasePath, new Dictionary<string, string> { ["ALERTS_ADMIN_KEY"] = key },
            "staff", "bind-code", "--person", worker.Phone!);
        Assert.Equal(0, exit);
        var code = output.TrimEnd().Split('\n')[^1].Trim();
        await app.As(worker, Via.WeChat).Send("绑定 " + code).ExpectFirstReply("绑定成功").Send("待核实").ExpectFirstReply("没有");

        var (bad, _, refused) = await HostCli.RunAsync(directory, app.DatabasePath, "roster", "set", "--region", town,
            "--person", Resident.Villager(db).Phone!);
        Assert.Equal(2, bad);
        Assert.Contains("不是工作人员", refused);
        var (set, shown, _) = await HostCli.RunAsync(directory, app.DatabasePath, "roster", "set", "--region", town,
            "--person", officials[1].Phone + ":sms", "--person", officials[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, set);
        Assert.Contains($"1. person {officials[1].Id}", shown);
        Assert.Equal([(officials[1].Id, "sms"), (officials[0].Id, "wechat")], db.Query<(long, string)>(
            "SELECT person_id, channel FROM duty_roster WHERE region_code = @R ORDER BY position", new { R = town + "000" }));
    }
}
