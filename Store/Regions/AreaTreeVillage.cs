namespace Alerts.Store.Regions;

/// <summary>A village of the area picker with the households and residents (villagers) registered in it.</summary>
public sealed record AreaTreeVillage
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public long Households { get; init; }
    public long People { get; init; }
}
