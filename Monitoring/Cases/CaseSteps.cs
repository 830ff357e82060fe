namespace Alerts.Monitoring.Cases;

/// <summary>
/// The identification procedure (policy 003 §四(二), anchors §6) as a table: each step's outcomes, the status and stage
/// a case must be in for it, where it goes, whether a reason is needed and who may record it.
/// <list type="bullet">
/// <item>村级审查 village_review: submit (提交镇街) or reject (不予上报, with a reason) — the village's grid worker or any
///   official whose jurisdiction holds the village.</item>
/// <item>镇街审核 town_revisit (入户复核): confirm, send_back (退回村里重审, with a reason) or not_identified (with a reason) —
///   an official of the town or above.</item>
/// <item>区县认定 county_decision: enrol or decline (with a reason) — an official of the county or above in the
///   rural-revitalisation office (乡村振兴, <c>rural</c>), the office that answers for 防返贫 monitoring; an admin counts.</item>
/// <item>录入平台 platform_entry: entered — the village's cadres key the case into 重庆精准扶贫大数据平台 (policy 003:
///   驻村干部、村干部、村扶贫专干), so anyone whose jurisdiction holds the village records who did and when.</item>
/// </list>
/// No step is skipped. "先救助后认定" (policy 001) means help does not wait for identification, not that a step may be
/// left out: measures may start on an identifying case, while the county decides only what the town has re-visited.
/// </summary>
public static class CaseSteps
{
    public const string VillageReview = "village_review";
    public const string TownRevisit = "town_revisit";
    public const string CountyDecision = "county_decision";
    public const string PlatformEntry = "platform_entry";

    /// <summary>One allowed move: <paramref name="Step"/> with <paramref name="Outcome"/> takes a case from
    /// (<paramref name="FromStatus"/>, <paramref name="FromStage"/>) to (<paramref name="ToStatus"/>, <paramref name="ToStage"/>).
    /// <paramref name="Level"/> is the lowest place (5 village, 4 town, 3 county) the caller may answer for.</summary>
    public sealed record Move(string Step, string Outcome, string FromStatus, string FromStage, string ToStatus, string ToStage,
        bool NeedsReason, int Level, bool OfficialOnly, bool RuralOfficeOnly);

    private const string Id = CaseStatus.Identifying;

    public static readonly IReadOnlyList<Move> Moves =
    [
        new(VillageReview, "submit", Id, "clue", Id, "village_reviewed", false, 5, false, false),
        new(VillageReview, "reject", Id, "clue", CaseStatus.Declined, "village_reviewed", true, 5, false, false),
        new(TownRevisit, "confirm", Id, "village_reviewed", Id, "town_revisited", false, 4, true, false),
        new(TownRevisit, "send_back", Id, "village_reviewed", Id, "clue", true, 4, true, false),
        new(TownRevisit, "not_identified", Id, "village_reviewed", CaseStatus.Declined, "town_revisited", true, 4, true, false),
        new(CountyDecision, "enrol", Id, "town_revisited", CaseStatus.Monitored, "county_decided", false, 3, true, true),
        new(CountyDecision, "decline", Id, "town_revisited", CaseStatus.Declined, "county_decided", true, 3, true, true),
        new(PlatformEntry, "entered", CaseStatus.Monitored, "county_decided", CaseStatus.Monitored, "platform_entered", false, 5, false, false),
    ];

    public static Move? Find(string? step, string? outcome) => Moves.FirstOrDefault(m => m.Step == step && m.Outcome == outcome);

    public static string StepToChinese(string step) => step switch
    {
        VillageReview => "村级审查",
        TownRevisit => "镇街审核（入户复核）",
        CountyDecision => "区县认定",
        PlatformEntry => "录入重庆精准扶贫大数据平台",
        _ => step,
    };

    public static string OutcomeToChinese(string outcome) => outcome switch
    {
        "submit" => "提交镇街",
        "reject" => "不予上报",
        "confirm" => "复核属实",
        "send_back" => "退回村级重新审查",
        "not_identified" => "不予识别",
        "enrol" => "认定为监测对象",
        "decline" => "不予认定",
        "entered" => "已录入",
        _ => outcome,
    };

    public static string StageToChinese(string stage) => stage switch
    {
        "clue" => "待村级审查",
        "village_reviewed" => "村级已审查，待镇街审核",
        "town_revisited" => "镇街已复核，待区县认定",
        "county_decided" => "区县已认定",
        "platform_entered" => "已录入监测平台",
        _ => stage,
    };
}
