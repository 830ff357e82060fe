namespace Alerts.Store.Households;

/// <summary>A registered household and its status flags (脱贫户, 监测户, 低保, 特困, 低收入).</summary>
public sealed record Household
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string Address { get; init; }
    public required string HeadName { get; init; }
    public bool IsLiftedOut { get; init; }
    public bool IsMonitored { get; init; }
    public bool HasDibao { get; init; }
    public bool IsTekun { get; init; }
    public bool IsLowIncome { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
