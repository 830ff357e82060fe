namespace Alerts.Broadcast.Dispatch;

/// <summary>Stable identities of one warning's message to one person, the same on every attempt.</summary>
internal static class DeliveryKeys
{
    /// <summary>
    /// WeChat client_msg_id (≤ 64 characters): WeChat sends the same openid + id only once within 10 minutes
    /// (wechat.md §7), so resending a template whose first send timed out, or was cut off by a crash, is safe inside
    /// that window. Backoff defaults keep retries inside it (<see cref="DispatchOptions.RetryBaseDelay"/>).
    /// </summary>
    public static string ClientMsgId(long warningId, long personId) => $"alerts-w{warningId}-p{personId}";

    /// <summary>The idempotency key of the simulator's outbound record, and the SMS key (Tencent's SessionContext).</summary>
    public static string Outbound(long warningId, long personId, string channel) =>
        $"warning:{warningId}:{personId}:{channel}";

    /// <summary>The delivery an <see cref="Outbound"/> key names, as a receipt echoes it; false for any other key.</summary>
    public static bool TryParse(string key, out long warningId, out long personId, out string channel)
    {
        (warningId, personId, channel) = (0, 0, "");
        var parts = key.Split(':');
        if (parts is not ["warning", var w, var p, var c] || c.Length == 0) return false;
        channel = c;
        return long.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out warningId)
            && long.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out personId);
    }
}
