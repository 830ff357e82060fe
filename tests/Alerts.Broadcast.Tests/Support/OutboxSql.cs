using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.People;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Broadcast.Tests.Support;

/// <summary>What targeting would have written, written directly: people, a published warning, pending deliveries.</summary>
public static class OutboxSql
{
    public static readonly string Village = DemoCounty.Villages[0].Code;
    public const string Headline = "渝北区气象台发布暴雨红色预警";
    public const string Instruction = "请立即转移到安全地点，远离河道、山坡和危房。";

    public static long AddPerson(DbConnection c, string? openid, string? phone, bool unfollowed = false,
        bool optedOut = false, bool elderly = false)
    {
        var now = UtcText.Format(DateTimeOffset.UtcNow);
        return c.ExecuteScalar<long>("""
            INSERT INTO people (name, role, region_code, phone, wechat_openid, sms_opted_out, is_elderly, created_utc,
                                wechat_unfollowed_utc)
            VALUES ('测试', 'villager', @Village, @Phone, @Openid, @OptedOut, @Elderly, @Now, @Unfollowed)
            RETURNING id
            """, new { Village, Phone = phone, Openid = openid, OptedOut = optedOut, Elderly = elderly, Now = now,
            Unfollowed = unfollowed ? now : null });
    }

    public static long AddWarning(DbConnection c, string status = "published", string hazard = "weather",
        string level = "red")
    {
        var now = DateTimeOffset.UtcNow;
        return c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc,
                                  targeting_state)
            VALUES (@Identifier, @Hazard, '暴雨', @Level, 'warning', @Headline, '未来3小时将出现100毫米以上降雨。',
                    @Instruction, 'households', @Now, @Expires, @Status, @Now, @Now, @Now, 'done')
            RETURNING id
            """, new
        {
            Identifier = Guid.NewGuid().ToString("N"), Hazard = hazard, Level = level, Headline, Instruction,
            Now = UtcText.Format(now), Expires = UtcText.Format(now.AddDays(1)), Status = status,
        });
    }

    /// <summary>One pending row per villager (or per given person), the vulnerable first, due now.</summary>
    public static int Enqueue(DbConnection c, long warningId, IEnumerable<long>? personIds = null)
    {
        // The lane is chosen as targeting chooses it.
        const string sql = $"""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, channel, state, next_attempt_utc)
            SELECT @WarningId, p.id, CASE WHEN p.is_elderly = 1 OR p.is_disabled = 1 OR p.lives_alone = 1 THEN 0 ELSE 1 END, p.region_code,
                   {ChannelChoice.Sql}, CASE WHEN ({ChannelChoice.Sql}) IS NULL THEN 'unreachable' ELSE 'pending' END, @Due
            FROM people p WHERE p.role = 'villager'
            """;
        var due = UtcText.Format(DateTimeOffset.UtcNow.AddMinutes(-1));
        return personIds is null
            ? c.Execute(sql, new { WarningId = warningId, Due = due })
            : c.Execute(sql + " AND p.id IN (" + string.Join(", ", personIds) + ")", new { WarningId = warningId, Due = due });
    }

    public static IReadOnlyList<DeliveryRow> Rows(DbConnection c, long warningId) =>
        c.Query<DeliveryRow>("""
            SELECT d.id, d.person_id, d.state, d.channel, d.attempts, d.provider_message_id, d.last_error, d.in_doubt,
                   d.sent_utc, d.next_attempt_utc, p.phone, p.wechat_openid
            FROM deliveries d JOIN people p ON p.id = d.person_id WHERE d.warning_id = @WarningId ORDER BY d.id
            """, new { WarningId = warningId }).AsList();

    /// <summary>Rows a dispatcher still has to finish: pending, sending, or unknown and still being asked about.</summary>
    public static long Open(DbConnection c) => c.ExecuteScalar<long>(
        "SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'sending') OR (state = 'unknown' AND in_doubt = 1)");
}

public sealed record DeliveryRow
{
    public long Id { get; init; }
    public long PersonId { get; init; }
    public required string State { get; init; }
    public string? Channel { get; init; }
    public int Attempts { get; init; }
    public string? ProviderMessageId { get; init; }
    public string? LastError { get; init; }
    public bool InDoubt { get; init; }
    public string? SentUtc { get; init; }
    public required string NextAttemptUtc { get; init; }
    public string? Phone { get; init; }
    public string? WechatOpenid { get; init; }
}
