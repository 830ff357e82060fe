namespace Alerts.Store.People;

/// <summary>Someone Alerts can reach: a villager, a grid worker (网格员) or an official.</summary>
public sealed record Person
{
    public long Id { get; init; }
    public long? HouseholdId { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    /// <summary>A villager's village; a worker's or official's jurisdiction.</summary>
    public required string RegionCode { get; init; }
    public string? Department { get; init; }
    /// <summary>E.164, e.g. +8613812345678.</summary>
    public string? Phone { get; init; }
    public string? WechatOpenid { get; init; }
    public bool SmsOptedOut { get; init; }
    public bool IsElderly { get; init; }
    public bool IsDisabled { get; init; }
    public bool LivesAlone { get; init; }
    public DateTimeOffset? WechatUnfollowedUtc { get; init; }
    /// <summary>When the person accepted the privacy notice; null until then.</summary>
    public DateTimeOffset? ConsentedUtc { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }

    public bool IsGridWorker => Role == Roles.GridWorker;

    public Reach Reach => Reach.Of(WechatOpenid, WechatUnfollowedUtc is not null, Phone, SmsOptedOut);
}
