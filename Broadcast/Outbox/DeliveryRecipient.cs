using Alerts.Store.People;

namespace Alerts.Broadcast.Outbox;

/// <summary>How a person can be reached, read when their row is claimed (so a recent unfollow or STOP counts).</summary>
internal sealed record DeliveryRecipient
{
    public long PersonId { get; init; }
    /// <summary>A villager's village (their shelter is named in the warnings that tell them to leave).</summary>
    public string? RegionCode { get; init; }
    public string? WechatOpenid { get; init; }
    public DateTimeOffset? WechatUnfollowedUtc { get; init; }
    public string? Phone { get; init; }
    /// <summary>From sms_opt_outs when the number is there (STOP/START), else the person's own flag.</summary>
    public bool SmsOptedOut { get; init; }

    public Reach Reach => Reach.Of(WechatOpenid, WechatUnfollowedUtc is not null, Phone, SmsOptedOut);
}
