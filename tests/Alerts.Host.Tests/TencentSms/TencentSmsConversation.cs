using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Alerts.Channels.TencentSms;
using Alerts.Fakes.TencentSms;
using Alerts.Host.Tests.Conversations;
using Dapper;

namespace Alerts.Host.Tests.TencentSms;

/// <summary>
/// A villager texting through Tencent Cloud SMS: each message is a 上行短信 push to the reply callback, a second later
/// than the last (Tencent stamps replies to the second); the bot's answers are whatever then reaches the phone at the
/// fake, as template sends, their parts joined back into what the bot said.
/// </summary>
public sealed partial class TencentSmsConversation(ConversationApp app, FakeTencentSmsServer tencent, string phone)
    : Conversation(phone)
{
    private long _time = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private string _lastText = "";

    public override Via Via => Via.Sms;

    /// <summary>The reply callback, with the deployment's secret token.</summary>
    public static string ReplyPath => $"/sms/tencent/{TencentSmsTestAccount.CallbackToken}/reply";

    protected override Task<IReadOnlyList<string>> SendTextAsync(string text)
    {
        _time++;
        _lastText = text;
        return PostAsync();
    }

    /// <summary>Tencent pushing the same reply again: same mobile, time and text.</summary>
    protected override Task<IReadOnlyList<string>> ResendLastAsync() => PostAsync();

    private async Task<IReadOnlyList<string>> PostAsync()
    {
        var id = TencentSmsCallbacks.IdOf(Address, _time, _lastText);
        LastMessageId = id;
        using var response = await app.Client.PostAsJsonAsync(ReplyPath, new
        {
            extend = "", mobile = Address[3..], nationcode = "86", sign = tencent.Account.SignName, text = _lastText, time = _time,
        });
        response.EnsureSuccessStatusCode();
        return await RepliesToAsync(id);
    }

    /// <summary>What the bot said to message <paramref name="id"/>, once every part has left for the phone.</summary>
    private async Task<IReadOnlyList<string>> RepliesToAsync(string id)
    {
        using var c = app.OpenDatabase();
        var prefix = $"reply:sms:{id}:";
        var keys = await ConversationApp.EventuallyAsync(
            () => c.Query<(string Key, string State)>("""
                SELECT idempotency_key, state FROM outbound_messages
                WHERE idempotency_key LIKE @Prefix AND purpose = 'reply' ORDER BY id
                """, new { Prefix = prefix + "%" }).AsList(),
            rows => rows.All(r => r.State != "pending"));
        return keys.Select(k => string.Concat(tencent.Messages
            .Where(m => m.SessionContext == k.Key || m.SessionContext!.StartsWith(k.Key + "#", StringComparison.Ordinal))
            .OrderBy(m => m.SessionContext, StringComparer.Ordinal)
            .Select(m => Marker().Replace(m.Params[0], "")))).ToList();
    }

    [GeneratedRegex(@"（\d+/\d+）$")]
    private static partial Regex Marker();
}
