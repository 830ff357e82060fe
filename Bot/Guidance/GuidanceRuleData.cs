namespace Alerts.Bot.Guidance;

/// <summary>One rule as written: when its conditions all hold, its lines go into its section, in file order.</summary>
internal sealed record GuidanceRuleData
{
    public string? Id { get; init; }

    /// <summary>"safety", "relief" or "next".</summary>
    public string? Section { get; init; }

    /// <summary>Why the rule exists (policy source); never sent.</summary>
    public string? Note { get; init; }

    /// <summary>Absent or empty: the rule always applies.</summary>
    public GuidanceConditionData? When { get; init; }

    public List<string>? Lines { get; init; }
}
