using Alerts.Bot.Language;
using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// Every answer of a stored report as a (question, answer) line in Chinese, for the console's report page: the words
/// of <see cref="ReportLabels"/>, "不清楚" for a question answered 不知道, sums as the summary says them (ranges as ranges).
/// </summary>
internal static class ReportDetails
{
    public const string Unknown = "不清楚";

    public static IReadOnlyList<(string Question, string Answer)> Of(ReportRecord r)
    {
        var unknown = (r.UnknownFields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string Or(string field, string answer) => unknown.Contains(field, StringComparer.Ordinal) ? Unknown : answer;
        List<(string, string)> lines =
        [
            ("灾害", Or("hazard", ReportLabels.Hazard(r.Hazard))),
            ("发生日期", Or("when", r.OccurredOn ?? "没有说")),
            ("遇难", Or("deaths", $"{r.Deaths}人")),
            ("受伤", Or("injured", $"{r.Injured}人")),
            ("房屋", Or("house", ReportLabels.House(ReportKeys.ParseHouse(r.House)))),
            ("庄稼", Or("crops", ReportLabels.Crops(ReportKeys.ParseCrops(r.Crops)))),
            ("牲畜", Or("livestock", !r.LivestockLost ? "没有损失" : r.LivestockCount is { } n ? $"损失{n}头（只）" : "有损失")),
            ("饮水", Or("water", ReportLabels.Water(ReportKeys.ParseWater(r.Water)))),
            ("收入损失", Or("loss", Yuan(r.IncomeLostYuan, r.IncomeLostMaxYuan))),
            ("额外医疗费", Or("medical", Yuan(r.ExtraMedicalYuan, r.ExtraMedicalMaxYuan))),
            ("家里有劳动力", Or("labour", r.HasLabour switch { true => "有", false => "没有", null => Unknown })),
        ];
        // 两不愁 and 教育/医疗 are asked only when they matter: a line only for a question asked.
        void Asked(string question, string field, bool? ok, string yes, string no)
        {
            if (ok is not null || unknown.Contains(field, StringComparer.Ordinal)) lines.Add((question, Or(field, ok == true ? yes : no)));
        }
        Asked("吃的", "food", r.FoodOk, "有", "没有");
        Asked("穿的盖的", "clothing", r.ClothingOk, "有", "没有");
        Asked("孩子上学", "schooling", r.SchoolingOk, "能上学", "上不了学");
        Asked("看病", "medicalcare", r.MedicalCareOk, "看得上", "看不上");
        lines.Add(("原话补充", string.IsNullOrWhiteSpace(r.FreeText) ? "无" : r.FreeText));
        return lines;
    }

    /// <summary>One line for lists: 房屋倒塌，1人受伤.</summary>
    public static string Brief(ReportRecord r) =>
        $"{ReportLabels.House(ReportKeys.ParseHouse(r.House))}，{ReportLabels.People(r.Deaths, r.Injured)}";

    /// <summary>A correction as the audit log records it ("house=collapsed"), in words: 房屋倒塌.</summary>
    public static string Correction(string? detail)
    {
        var cut = detail?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (cut < 0) return detail ?? "";
        var (field, value) = (detail![..cut], detail[(cut + 1)..]);
        return field switch
        {
            "house" => ReportLabels.House(ReportKeys.ParseHouse(value)),
            "crops" => ReportLabels.Crops(ReportKeys.ParseCrops(value)),
            "water" => ReportLabels.Water(ReportKeys.ParseWater(value)),
            "injured" => $"受伤{value}人",
            "deaths" => $"遇难{value}人",
            "income_lost_yuan" => $"收入损失约{value}元",
            "extra_medical_yuan" => $"额外医疗费约{value}元",
            "hazard" => $"灾害为{ReportLabels.Hazard(value)}",
            _ => detail,
        };
    }

    private static string Yuan(int? min, int? max) =>
        min is { } low ? new YuanRange(low, max ?? low).Describe() : "没有说";
}
