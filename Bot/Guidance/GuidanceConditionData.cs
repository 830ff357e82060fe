namespace Alerts.Bot.Guidance;

/// <summary>
/// A rule's conditions as written. Every key given must hold (AND); a list matches any of its values (OR). A key left
/// out does not constrain. An unknown key fails loading, so a typo cannot silently widen a rule.
/// </summary>
internal sealed record GuidanceConditionData
{
    /// <summary>Hazard keys from <c>ReportAnswers.KnownHazards</c>.</summary>
    public List<string>? Hazard { get; init; }

    public List<string>? House { get; init; }

    public List<string>? Water { get; init; }

    public List<string>? Crops { get; init; }

    /// <summary>Livestock died or was lost.</summary>
    public bool? Livestock { get; init; }

    /// <summary>true: Injured &gt; 0.</summary>
    public bool? Injured { get; init; }

    /// <summary>true: Deaths &gt; 0.</summary>
    public bool? Deaths { get; init; }

    /// <summary>true: IncomeLostYuan &gt; 0.</summary>
    public bool? IncomeLost { get; init; }

    /// <summary>true: ExtraMedicalYuan &gt; 0.</summary>
    public bool? Medical { get; init; }

    /// <summary>Matches HasLabour; an unanswered labour question matches neither true nor false.</summary>
    public bool? Labour { get; init; }

    public bool? ForNeighbour { get; init; }

    /// <summary>true: a grid worker with a name is known. Lines with {name} or {phone} need this.</summary>
    public bool? Worker { get; init; }

    /// <summary>true: the village's shelter is on record. Lines with {shelter} need this; false keeps the generic words.</summary>
    public bool? Shelter { get; init; }

    /// <summary>Any of these register flags is set.</summary>
    public List<string>? Household { get; init; }

    /// <summary>None of these register flags is set.</summary>
    public List<string>? NotHousehold { get; init; }

    /// <summary>Any of these priority flags is set.</summary>
    public List<string>? Priority { get; init; }

    /// <summary>None of these priority flags is set.</summary>
    public List<string>? NotPriority { get; init; }
}
