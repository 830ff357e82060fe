using Alerts.Bot.Reports;

namespace Alerts.Bot.Language;

/// <summary>
/// What a free-text message already says about the damage, for the self-report dialog to skip those questions.
/// Null means "not said"; a value, including None/0/false, means the person said so ("房子没事", "没人受伤").
/// </summary>
internal sealed record ReportFacts
{
    public HazardKind? Hazard { get; init; }
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

    /// <summary>The household can no longer work ("干不了活", "瘫痪"); false when they said they still can.</summary>
    public bool? LabourLost { get; init; }

    /// <summary>The person reports for someone else ("帮邻居报", "我邻居家"); false when nothing says so.</summary>
    public bool ForNeighbour { get; init; }

    public bool IsEmpty => this == new ReportFacts();
}
