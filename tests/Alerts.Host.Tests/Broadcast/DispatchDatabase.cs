using System.Data.Common;
using Alerts.Broadcast.Targeting;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>A database as targeting would leave it: the demo county, a published red warning, one pending row per villager.</summary>
internal static class DispatchDatabase
{
    public static Task<(long Warning, int Rows)> PrepareAsync(string path, int households) =>
        PrepareOnAsync($"Data Source={path}", households);

    /// <summary>The same on any database (<paramref name="connectionString"/> as ConnectionStrings:Alerts says it).</summary>
    public static async Task<(long Warning, int Rows)> PrepareOnAsync(string connectionString, int households)
    {
        DapperSetup.EnsureConfigured();
        using var db = new StoreDb(Options.Create(new StoreOptions { ConnectionString = connectionString }));
        await new Migrator(db, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        new DemoDataLoader(db, new HouseholdSeeder(db, TimeProvider.System), TimeProvider.System,
            NullLogger<DemoDataLoader>.Instance).LoadIfEmpty(households);
        using var c = db.Open();
        var now = DateTimeOffset.UtcNow;
        var warning = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES ('kill-test', 'weather', '暴雨', 'red', 'warning', '渝北区气象台发布暴雨红色预警', '未来3小时强降雨。',
                    '请立即转移到安全地点。', 'households', @Now, @Expires, 'published', @Now, @Now, @Now, 'done')
            RETURNING id
            """, new { Now = UtcText.Format(now), Expires = UtcText.Format(now.AddDays(1)) });
        // Every villager's row, written exactly as targeting writes it.
        var rows = c.Execute($"""
            INSERT INTO deliveries ({RecipientSql.InsertColumns})
            SELECT {RecipientSql.SelectValues}
            FROM people p LEFT JOIN households h ON h.id = p.household_id WHERE p.role = 'villager'
            """, new { WarningId = warning, Due = UtcText.Format(now) });
        return (warning, rows);
    }

    public static DbConnection Open(string path)
    {
        var c = new SqliteConnection($"Data Source={path}");
        c.Open();
        return c;
    }

    /// <summary>A plain connection to a PostgreSQL database, for a test watching the Hosts work.</summary>
    public static DbConnection OpenPostgres(string connectionString)
    {
        var c = new Npgsql.NpgsqlConnection(connectionString);
        c.Open();
        return c;
    }

    /// <summary>The Host's settings for live WeChat and Twilio pointed at the fakes.</summary>
    public static Dictionary<string, string> LiveSettings(FakeWeChatServer weChat, FakeTwilioServer twilio) => new()
    {
        ["WeChat:AppId"] = weChat.AppId, ["WeChat:AppSecret"] = weChat.AppSecret, ["WeChat:Token"] = "token",
        ["WeChat:ApiBaseUrl"] = weChat.BaseAddress.ToString(), ["WeChat:TemplateIds:default"] = "TPL-WARNING",
        ["Twilio:AccountSid"] = twilio.AccountSid, ["Twilio:AuthToken"] = twilio.AuthToken,
        ["Twilio:From"] = "+15005550006", ["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString(),
    };

    /// <summary>Every sent row was received exactly once on its channel, and nobody else got anything.</summary>
    public static void AssertExactlyOncePerRecipient(DbConnection c, long warning, FakeWeChatServer weChat,
        FakeTwilioServer twilio)
    {
        var rows = c.Query<(string State, string? Channel, string? Openid, string? Phone)>("""
            SELECT d.state, d.channel, p.wechat_openid, p.phone FROM deliveries d JOIN people p ON p.id = d.person_id
            WHERE d.warning_id = @Warning
            """, new { Warning = warning }).AsList();
        Assert.DoesNotContain(rows, r => r.State is "pending" or "sending" or "unknown" or "failed");
        var weChatCounts = weChat.Messages.Deliveries.GroupBy(d => d.OpenId).ToDictionary(g => g.Key, g => g.Count());
        var smsCounts = twilio.Messages.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
        var sent = rows.Where(r => r.State == "sent").ToList();
        var twice = sent.Where(r => r.Channel == "wechat" ? weChatCounts.GetValueOrDefault(r.Openid!) != 1
            : smsCounts.GetValueOrDefault(r.Phone!) != 1).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} of {sent.Count} recipients did not get exactly one message");
        Assert.Equal(sent.Count, weChatCounts.Values.Sum() + smsCounts.Values.Sum());
    }

    public static long Count(DbConnection c, string where) =>
        c.ExecuteScalar<long>($"SELECT COUNT(*) FROM deliveries WHERE {where}");

    /// <summary>
    /// A published warning, in force, with every villager's row written exactly as targeting writes it, due now, so
    /// that the Host's own dispatch workers take it from here.
    /// </summary>
    public static long PublishToEveryVillager(DbConnection c, string identifier, string hazard, string eventName,
        string level, string kind, string headline, string instruction)
    {
        var now = UtcText.Format(DateTimeOffset.UtcNow);
        var warning = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES (@Identifier, @Hazard, @Event, @Level, @Kind, @Headline, '详见当地通知。', @Instruction, 'households', @Now,
                    '2999-01-01T00:00:00.0000000Z', 'published', @Now, @Now, @Now, 'done')
            RETURNING id
            """, new { Identifier = identifier, Hazard = hazard, Event = eventName, Level = level, Kind = kind,
            Headline = headline, Instruction = instruction, Now = now });
        c.Execute($"""
            INSERT INTO deliveries ({RecipientSql.InsertColumns})
            SELECT {RecipientSql.SelectValues}
            FROM people p LEFT JOIN households h ON h.id = p.household_id WHERE p.role = 'villager'
            """, new { WarningId = warning, Due = now });
        return warning;
    }

    /// <summary>Waits until no row matches <paramref name="open"/>, or fails after <paramref name="seconds"/> with a
    /// count of the rows by channel, state and doubt.</summary>
    public static async Task WaitUntilNoneAsync(DbConnection c, string open, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Count(c, open) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"dispatch did not finish in {seconds} s: " + string.Join("; ",
                c.Query<(string?, string, long, long, string?)>("SELECT channel, state, in_doubt, COUNT(*), MAX(last_error) FROM deliveries GROUP BY 1, 2, 3")
                    .Select(r => $"{r.Item1}/{r.Item2}/{r.Item3}: {r.Item4} ({r.Item5})")));
            await Task.Delay(100);
        }
    }
}
