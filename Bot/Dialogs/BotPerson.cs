namespace Alerts.Bot.Dialogs;

/// <summary>What the dialogs need to know about the person they talk to.</summary>
public sealed record BotPerson
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string RegionCode { get; init; }
    public long? HouseholdId { get; init; }
    public string? Phone { get; init; }
    public string? WechatOpenid { get; init; }
    public bool IsElderly { get; init; }
    public bool IsDisabled { get; init; }
    public bool LivesAlone { get; init; }
    public DateTimeOffset? ConsentedUtc { get; init; }

    public bool IsGridWorker => Role == "grid_worker";
}
