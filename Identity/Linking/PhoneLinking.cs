using Alerts.Store.Database;
using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Store.Audit;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Identity.Linking;

/// <summary>
/// Proof before linking: a chat address that names a registered phone becomes that person only after answering the
/// 6-digit code sent by SMS to that phone. Whether the number is registered, whose it is, and whether a code went out
/// never shows in the answer; a number that matched nobody (or staff: they are bound, not found) gets a code row that
/// nothing can match, so it is tried and cooled down exactly like a real one. Everything runs in the caller's
/// transaction (the bot's turn) and is audited with masked addresses.
/// </summary>
public sealed class PhoneLinking(PersonStore people, NotificationStore notifications, AuditStore audit, IOptions<IdentityOptions> options)
{
    private const string LockedUntil = """
        SELECT MAX(locked_until_utc) FROM link_codes
        WHERE channel = @Channel AND address = @Address AND locked_until_utc > @Now
        """;
    private const string CountByAddress = "SELECT COUNT(*) FROM link_codes WHERE channel = @Channel AND address = @Address AND created_utc >= @Since";
    private const string CountByPhone = "SELECT COUNT(*) FROM link_codes WHERE phone = @Phone AND created_utc >= @Since";
    private const string CountSentInVillage = "SELECT COUNT(*) FROM link_codes WHERE village_code = @Village AND sent = 1 AND created_utc >= @Since";
    private const string Insert = """
        INSERT INTO link_codes (channel, address, phone, person_id, village_code, code_hash, salt, sent, created_utc, expires_utc)
        VALUES (@Channel, @Address, @Phone, @PersonId, @Village, @Hash, @Salt, @Sent, @Now, @Expires)
        """;
    private const string Latest = """
        SELECT id, person_id, phone, code_hash, salt, sent, tries, expires_utc FROM link_codes
        WHERE channel = @Channel AND address = @Address AND used_utc IS NULL AND locked_until_utc IS NULL
        ORDER BY id DESC LIMIT 1
        """;
    private const string Wrong = "UPDATE link_codes SET tries = tries + 1, locked_until_utc = @LockedUntil WHERE id = @Id";
    private const string Use = "UPDATE link_codes SET used_utc = @Now WHERE id = @Id";

    private sealed record CodeRow
    {
        public long Id { get; init; }
        public long? PersonId { get; init; }
        public string Phone { get; init; } = "";
        public string CodeHash { get; init; } = "";
        public string Salt { get; init; } = "";
        public bool Sent { get; init; }
        public int Tries { get; init; }
        public DateTimeOffset ExpiresUtc { get; init; }
    }

    /// <summary>The text of the SMS; the code is the only variable part.</summary>
    public static string SmsText(string code) =>
        $"【灾害服务】验证码{code}，5分钟内有效。有人要在微信上用您的手机号登记；不是您本人操作，请不要把验证码告诉任何人。";

    public async Task<LinkRequestOutcome> RequestAsync(DbConnection c, DbTransaction tx, ChannelKind channel, string address,
        string phone, DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var key = new { Channel = channel.Key(), Address = address, Now = now, Since = now - o.RateWindow, Phone = phone };
        var actor = AuditActors.Chat(channel, address);
        // Limits are counted from what was read: one address's requests and checks take turns across Hosts.
        await EngineLock.LockAsync(c, tx, $"link:{channel.Key()}:{address}", ct);
        if (await c.ExecuteScalarAsync<string?>(new CommandDefinition(LockedUntil, key, tx, cancellationToken: ct)) is not null ||
            await c.ExecuteScalarAsync<long>(new CommandDefinition(CountByAddress, key, tx, cancellationToken: ct)) >= o.LookupsPerAddress)
        {
            await audit.AppendAsync(c, tx, actor, "link_lookup_refused", $"phone:{AddressMask.Mask(phone)}", "too often", ct);
            return LinkRequestOutcome.TooOften;
        }

        var target = await people.FindByPhoneAsync(c, tx, phone, ct);
        var why = await WhyNotSendAsync(c, tx, target, phone, key.Since, o, ct);
        var code = LinkCodes.NewCode();
        var salt = LinkCodes.NewSalt();
        await c.ExecuteAsync(new CommandDefinition(Insert, new
        {
            key.Channel, Address = address, Phone = phone, PersonId = target?.Id, Village = target?.RegionCode,
            Hash = LinkCodes.Hash(salt, code), Salt = salt, Sent = why is null, Now = now, Expires = now + o.LinkCodeLifetime,
        }, tx, cancellationToken: ct));
        if (why is null)
            await notifications.InsertAsync(c, tx, target!.Id, SmsText(code), "link_code", now, ct, onlyChannel: "sms",
                code: (code, (int)Math.Round(o.LinkCodeLifetime.TotalMinutes)));
        await audit.AppendAsync(c, tx, actor, "link_code_requested",
            target is null ? $"phone:{AddressMask.Mask(phone)}" : $"person:{target.Id}", why ?? "sent", ct);
        return LinkRequestOutcome.Asked;
    }

    /// <summary>Checks a code typed by <paramref name="address"/>; on success the address becomes the person (and consents).</summary>
    public async Task<LinkCheck> CheckAsync(DbConnection c, DbTransaction tx, ChannelKind channel, string address, string code,
        DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var actor = AuditActors.Chat(channel, address);
        await EngineLock.LockAsync(c, tx, $"link:{channel.Key()}:{address}", ct);
        var row = await c.QuerySingleOrDefaultAsync<CodeRow>(new CommandDefinition(Latest,
            new { Channel = channel.Key(), Address = address }, tx, cancellationToken: ct));
        if (row is null || row.ExpiresUtc <= now) return new LinkCheck(LinkCheckOutcome.Expired);

        var target = row.PersonId is { } id ? await people.GetAsync(c, tx, id, ct) : null;
        // The person must still hold that number and still be a villager: a change since the code was sent voids it.
        var valid = row.Sent && target is { Role: Roles.Villager } && target.Phone == row.Phone && LinkCodes.Matches(row.Salt, code, row.CodeHash);
        if (!valid)
        {
            var tries = row.Tries + 1;
            var locked = tries >= o.LinkCodeTries ? now + o.LinkCooldown : (DateTimeOffset?)null;
            await c.ExecuteAsync(new CommandDefinition(Wrong, new { row.Id, LockedUntil = locked }, tx, cancellationToken: ct));
            await audit.AppendAsync(c, tx, actor, locked is null ? "link_code_wrong" : "link_code_locked",
                $"phone:{AddressMask.Mask(row.Phone)}", $"try {tries}", ct);
            return locked is null ? new LinkCheck(LinkCheckOutcome.Wrong, TriesLeft: o.LinkCodeTries - tries) : new LinkCheck(LinkCheckOutcome.Locked);
        }

        await c.ExecuteAsync(new CommandDefinition(Use, new { row.Id, Now = now }, tx, cancellationToken: ct));
        var person = target!;
        if (channel == ChannelKind.WeChat)
        {
            await people.LinkOpenidAsync(c, tx, person.Id, address, ct);
            person = person with { WechatOpenid = address, WechatUnfollowedUtc = null };
        }
        await people.ConsentAsync(c, tx, person.Id, now, ct);
        await audit.AppendAsync(c, tx, actor, "linked_by_code", $"person:{person.Id}",
            target!.WechatOpenid is { } before && before != address ? $"replaced {AddressMask.Mask(before)}" : null, ct);
        return new LinkCheck(LinkCheckOutcome.Linked, person with { ConsentedUtc = now });
    }

    /// <summary>Null when the code may go out; otherwise why not, for the audit log only.</summary>
    private static async Task<string?> WhyNotSendAsync(DbConnection c, DbTransaction tx, Person? target, string phone,
        DateTimeOffset since, IdentityOptions o, CancellationToken ct)
    {
        if (target is null) return "not registered";
        if (target.Role != Roles.Villager) return "staff are bound, not found";
        if (target.SmsOptedOut) return "sms opted out";
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(CountByPhone, new { Phone = phone, Since = since }, tx, cancellationToken: ct)) >= o.LookupsPerPhone)
            return "phone limit";
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(CountSentInVillage,
                new { Village = target.RegionCode, Since = since }, tx, cancellationToken: ct)) >= o.CodesPerVillage)
            return "village limit";
        return null;
    }
}
