using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Measures;

namespace Alerts.Host.Pages.Cases;

/// <summary>Each kind of timeline event the domain writes (case_events.kind), with its outcome, in Chinese.</summary>
internal static class CaseEventText
{
    public static string Of(CaseEvent e) => e.Kind switch
    {
        "clue" => $"线索（{CaseDisplay.Source(e.Outcome ?? "")}）",
        "report_added" => e.Outcome == "at_risk" ? "新的灾情报告并入，有新的风险" : "新的灾情报告并入",
        CaseSteps.VillageReview or CaseSteps.TownRevisit or CaseSteps.PlatformEntry =>
            $"{CaseSteps.StepToChinese(e.Kind)}：{CaseSteps.OutcomeToChinese(e.Outcome ?? "")}",
        CaseSteps.CountyDecision => e.Outcome == "enrolled" ? "区县认定：纳入监测" : "区县认定：不予认定",
        "reminder" => Reminder(e.Outcome),
        "escalation" => "超过认定期限，已报区县",
        "red_warning" => "红色预警",
        "helper" => "指定帮扶责任人",
        "measure" => $"帮扶措施（{MeasureState.ToChinese(e.Outcome?.Split(':').LastOrDefault())}）",
        "checkin" => e.Outcome == "api" || e.Outcome == "console" ? "记录走访" : "帮扶责任人走访",
        "exit" => e.Outcome == "criteria_met" ? "风险消除，退出监测（标准均已达到）" : "经干部复核确认退出监测（部分标准未达到）",
        _ => e.Kind,
    };

    private static string Reminder(string? outcome) => outcome switch
    {
        "day10" => "提醒：识别认定已过10天",
        "deadline" => "提醒：认定期限已到",
        "checkin_due" => "提醒：本周走访到期",
        _ => "提醒",
    };
}
