namespace Alerts.Broadcast.Warnings;

/// <summary>China's four warning colours; the numeric value is the grade (I is the most severe).</summary>
public enum WarningLevel
{
    Red = 1,    // 红色 I
    Orange = 2, // 橙色 II
    Yellow = 3, // 黄色 III
    Blue = 4,   // 蓝色 IV
}
