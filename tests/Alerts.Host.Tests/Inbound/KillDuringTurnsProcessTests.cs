using System.Net;
using System.Xml.Linq;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Alerts.Host.Tests.Inbound;

/// <summary>
/// Issue 10, "done when": the real Host is killed with SIGKILL while many turns are in flight, restarted on the same
/// database, and every message is posted again as WeChat retries it. Each is answered, and applied exactly once.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class KillDuringTurnsProcessTests(ITestOutputHelper output)
{
    private const int Messages = 300;
    private const int Connections = 32;

    [Fact]
    public async Task Killed_with_turns_in_flight_and_every_message_posted_again_each_is_answered_and_applied_once()
    {
        await using var fake = await FakeWeChatServer.StartAsync();
        var pushes = new WeChatPushBuilder(WeChatHarness.Token, WeChatHarness.OurId, fake.AppId, WeChatHarness.AesKey);
        // One message from each of many villagers, each a plaintext push (replay guard, claim and turn in one write).
        var all = Enumerable.Range(0, Messages).Select(i =>
        {
            var (openid, msgId) = ($"oKill{i:D23}", pushes.NextMsgId());
            return (Id: $"{openid}:{msgId}", Push: pushes.Plain(pushes.Text(openid, msgId, "我家房子被冲垮了")));
        }).ToList();
        var host = await HostProcess.StartAsync(Settings(fake));
        try
        {
            var answeredBeforeKill = await PostUntilKilledAsync(host, all.Select(m => m.Push).ToList());
            await host.DisposeAsync();
            var committed = Count(host.DatabasePath, "SELECT COUNT(*) FROM inbound_messages");
            output.WriteLine($"answered before the kill: {answeredBeforeKill}, committed: {committed} of {Messages}");
            Assert.InRange(committed, answeredBeforeKill, Messages - 1);

            host = await HostProcess.StartAsync(Settings(fake), host.Directory);
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = host.BaseAddress };
            var retries = await Task.WhenAll(all.Select(async m => (m.Id, Body: await AnswerAsync(client, m.Push))));
            await host.DisposeAsync();

            AssertAnsweredAndAppliedOnce(host.DatabasePath, retries);
        }
        finally
        {
            await host.DisposeAsync();
            HostProcess.DeleteDirectory(host.Directory);
        }
    }

    /// <summary>Posts everything at once over a few connections and kills the Host once a fifth is answered.</summary>
    private static async Task<int> PostUntilKilledAsync(HostProcess host, IReadOnlyList<WeChatPush> pushes)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = host.BaseAddress };
        var answered = 0;
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = pushes.Select(async push =>
        {
            try
            {
                using var response = await push.SendAsync(client);
                if (response.StatusCode == HttpStatusCode.OK && Interlocked.Increment(ref answered) >= pushes.Count / 5)
                    enough.TrySetResult();
            }
            catch (HttpRequestException) { /* in flight when the process died */ }
        }).ToList();
        await enough.Task.WaitAsync(TimeSpan.FromMinutes(2));
        host.Kill();
        await Task.WhenAll(posts);
        return Volatile.Read(ref answered);
    }

    private static async Task<string> AnswerAsync(HttpClient client, WeChatPush push)
    {
        using var response = await push.SendAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertAnsweredAndAppliedOnce(string database, IReadOnlyList<(string Id, string Body)> retries)
    {
        using var c = new SqliteConnection($"Data Source={database}");
        c.Open();
        var rows = c.Query<(string Id, string Address, string? Reply, string? Via)>(
            "SELECT provider_message_id, address, reply, reply_via FROM inbound_messages").ToDictionary(r => r.Id);
        Assert.Equal(Messages, rows.Count);
        foreach (var (id, body) in retries)
        {
            var row = rows[id];
            var reply = System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Reply!)!;
            Assert.NotEmpty(reply);
            if (row.Via == "passive")
                // The retry got the very answer the turn recorded.
                Assert.Equal(reply[0], (string)XElement.Parse(body).Element("Content")!);
            else
                // Too slow for the passive budget: recorded for sending in the turn, so no crash could lose it.
                Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages WHERE idempotency_key = @Key",
                    new { Key = $"reply:wechat:{id}:0" }));
        }

        // One committed turn per villager: a message processed twice would have advanced its conversation twice.
        Assert.Equal(Messages, c.ExecuteScalar<int>("SELECT COUNT(*) FROM conversations WHERE channel = 'wechat' AND version = 1"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM conversations WHERE channel = 'wechat' AND version <> 1"));
    }

    private static long Count(string database, string sql)
    {
        using var c = new SqliteConnection($"Data Source={database}");
        c.Open();
        return c.ExecuteScalar<long>(sql);
    }

    private static Dictionary<string, string> Settings(FakeWeChatServer fake)
    {
        var settings = WeChatHarness.LiveSettings(fake);
        settings["Demo:LoadOnEmptyDatabase"] = "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        // As long as WeChat allows, so that on a busy test machine few replies leave through the API instead.
        settings["WeChat:PassiveReplyBudget"] = "00:00:04.500";
        return settings;
    }
}
