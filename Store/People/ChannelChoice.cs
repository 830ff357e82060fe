namespace Alerts.Store.People;

/// <summary>How a person can be reached, as the records know it.</summary>
/// <param name="FollowsOnWeChat">They have an openid and have not unfollowed the Official Account.</param>
/// <param name="CanText">They have a phone and have not opted out of SMS.</param>
public readonly record struct Reach(bool FollowsOnWeChat, bool CanText)
{
    public static Reach Of(string? wechatOpenid, bool wechatUnfollowed, string? phone, bool smsOptedOut) =>
        new(!string.IsNullOrEmpty(wechatOpenid) && !wechatUnfollowed, !string.IsNullOrEmpty(phone) && !smsOptedOut);
}

/// <summary>
/// The one rule for which channel reaches a person: WeChat while they follow the Official Account (free, and a
/// template reaches every follower), else SMS while they have a phone and have not opted out, else none. Dispatch
/// puts a warning's row in that channel's lane, notifications and the duty roster go the same way, and a row WeChat
/// cannot deliver moves to the next channel in this order.
/// </summary>
public static class ChannelChoice
{
    public const string WeChat = "wechat";
    public const string Sms = "sms";

    /// <summary>
    /// The same rule in SQL over <c>people p</c>, for choosing in bulk (targeting): 'wechat', 'sms' or NULL. Opt-outs
    /// are read from the person's own flag, which <see cref="ReachabilityStore"/> keeps in step with sms_opt_outs.
    /// </summary>
    public const string Sql = """
        CASE WHEN p.wechat_openid <> '' AND p.wechat_unfollowed_utc IS NULL THEN 'wechat'
             WHEN p.phone <> '' AND p.sms_opted_out = 0 THEN 'sms' END
        """;

    /// <summary>The channels that reach the person, best first; <paramref name="only"/> (wechat, sms) keeps that one.</summary>
    public static IReadOnlyList<string> Routes(Reach reach, string? only = null)
    {
        var routes = new List<string>(2);
        if (reach.FollowsOnWeChat && only is null or WeChat) routes.Add(WeChat);
        if (reach.CanText && only is null or Sms) routes.Add(Sms);
        return routes;
    }

    /// <summary>The best channel, or null when none reaches them.</summary>
    public static string? Best(Reach reach, string? only = null) => Routes(reach, only) is [var first, ..] ? first : null;

    /// <summary>The channel to try once <paramref name="failed"/> could not reach them, or null when none is left.</summary>
    public static string? After(string failed, Reach reach) => failed == WeChat && reach.CanText ? Sms : null;
}
