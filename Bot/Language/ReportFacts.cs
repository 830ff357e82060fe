using Alerts.Bot.Reports;

namespace Alerts.Bot.Language;

/// <summary>
/// What a free-text message already says about the damage, for the self-report dialog to skip those questions.
/// Null means "not said"; a value, including None/0/false, means the person said so ("房子没事", "没人受伤").
/// </summary>
internal sealed record ReportFacts
{
    public HazardKind? Hazard { get; init; }

    /// <summary>Days before today it happened ("昨晚上" = 1); <see cref="DayWords.Earlier"/> for "前几天" and before.</summary>
    public int? DaysAgo { get; init; }

    public HouseDamage? House { get; init; }
    public int? Deaths { get; init; }
    public int? Injured { get; init; }
    public CropLoss? Crops { get; init; }
    public bool? LivestockLost { get; init; }

    /// <summary>How many animals were lost, when a number was said with them ("死了三头猪").</summary>
    public int? LivestockCount { get; init; }

    public WaterSupply? Water { get; init; }

    /// <summary>Illness, a hospital stay or medical spending was mentioned.</summary>
    public bool? Medical { get; init; }

    /// <summary>The money lost, as said ("差不多一万二", "起码十几万").</summary>
    public YuanRange? Loss { get; init; }

    /// <summary>Extra medical spending, as said ("住院花了一万多").</summary>
    public YuanRange? MedicalCost { get; init; }

    /// <summary>Answered "不知道": recorded as unknown and not asked again, never guessed.</summary>
    public ReportField Unknown { get; init; }

    /// <summary>Someone died or was hurt but how many was not said ("有人受伤"): the count is asked.</summary>
    public ReportField CountMissing { get; init; }

    /// <summary>The household can no longer work ("干不了活", "瘫痪"); false when they said they still can.</summary>
    public bool? LabourLost { get; init; }

    /// <summary>不愁吃 as answered: false when there is nothing to eat; null when not said.</summary>
    public bool? FoodOk { get; init; }

    /// <summary>不愁穿 as answered (clothes and bedding).</summary>
    public bool? ClothingOk { get; init; }

    /// <summary>义务教育: the children can still go to school.</summary>
    public bool? SchoolingOk { get; init; }

    /// <summary>基本医疗: the household can get to see a doctor.</summary>
    public bool? MedicalCareOk { get; init; }

    /// <summary>Asked about schooling, the household said it has no child at school: nothing to record.</summary>
    public bool NoSchoolChild { get; init; }

    /// <summary>The person reports for someone else ("帮邻居报", "我邻居家"); false when nothing says so.</summary>
    public bool ForNeighbour { get; init; }

    public bool IsEmpty => this == new ReportFacts();
}
