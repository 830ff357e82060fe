namespace Alerts.Bot.Guidance;

/// <summary>The guidance data file as written (guidance.zh-CN.json); checked by <see cref="GuidanceRuleValidator"/>.</summary>
internal sealed record GuidanceFileData
{
    public int Version { get; init; }

    /// <summary>Optional heading per section key ("safety" → "【先保安全】"), sent glued to the section's first line.</summary>
    public Dictionary<string, string>? Headings { get; init; }

    public List<GuidanceRuleData>? Rules { get; init; }

    /// <summary>Relief questions villagers ask, answered from the rules or passed to the grid worker.</summary>
    public List<GuidanceQuestionData>? Questions { get; init; }
}
