using System.Text.RegularExpressions;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Workers;

/// <summary>
/// What a grid worker types to review a report: "确认 100042", "驳回 100042 不属实", "修改 100042 房屋 倒塌".
/// </summary>
internal sealed partial record ReviewCommand(ReviewAction Action, string Number, string Rest)
{
    public static ReviewCommand? Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var action = m.Groups["verb"].Value switch
        {
            "确认" or "核实" or "属实" => ReviewAction.Confirm,
            "驳回" or "不属实" or "拒绝" => ReviewAction.Reject,
            _ => ReviewAction.Correct,
        };
        return new ReviewCommand(action, m.Groups["number"].Value, m.Groups["rest"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<verb>确认|核实|属实|驳回|不属实|拒绝|修改|更正)\s*(?<number>\d{6})\s*(?<rest>.*)$")]
    private static partial Regex Pattern();
}
