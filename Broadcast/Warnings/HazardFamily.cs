namespace Alerts.Broadcast.Warnings;

/// <summary>The four hazard families all the policy texts agree on.</summary>
public enum HazardFamily
{
    Weather,    // 气象
    Geological, // 地质
    Flood,      // 水旱
    Other,      // 其他
}
