using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// One corrected field from a grid worker's visit: "房屋 倒塌", "受伤 2", "损失 8000". The field names and values
/// are a fixed vocabulary; anything else is not understood and changes nothing.
/// </summary>
internal sealed record ReportCorrection(string Field, object Value, string Label)
{
    private static readonly (string Word, string Field)[] Fields =
    [
        ("房屋", "house"), ("房子", "house"), ("庄稼", "crops"), ("饮水", "water"), ("吃水", "water"), ("受伤", "injured"),
        ("遇难", "deaths"), ("损失", "income_lost_yuan"), ("医疗", "extra_medical_yuan"), ("看病", "extra_medical_yuan"),
    ];

    private static readonly (string Word, string Value)[] House =
        [("倒塌", "collapsed"), ("垮", "collapsed"), ("不能住", "unsafe"), ("危房", "unsafe"), ("严重", "severe"), ("轻微", "minor"), ("没事", "none")];

    private static readonly (string Word, string Value)[] Crops = [("绝收", "total_loss"), ("减产", "reduced"), ("没有", "none"), ("没事", "none")];

    private static readonly (string Word, string Value)[] Water =
        [("污染", "polluted"), ("脏", "polluted"), ("没有", "none"), ("停水", "none"), ("不够", "short"), ("正常", "normal")];

    /// <summary>The words a reviewer may correct, one per field, in the order the chat's help lists them.</summary>
    public static readonly IReadOnlyList<string> FieldWords = ["房屋", "庄稼", "饮水", "受伤", "遇难", "损失", "医疗"];

    public static ReportCorrection? Parse(string text)
    {
        var (word, field) = Fields.FirstOrDefault(f => text.StartsWith(f.Word, StringComparison.Ordinal));
        if (word is null) return null;
        var rest = text[word.Length..].Trim();
        object? value = field switch
        {
            "house" => Pick(House, rest),
            "crops" => Pick(Crops, rest),
            "water" => Pick(Water, rest),
            _ => NumberRecognizer.Recognize(rest) is { } n && n is >= 0 and <= 100_000_000 ? n : null,
        };
        return value is null ? null : new ReportCorrection(field, value, $"{word} {rest}");
    }

    private static string? Pick((string Word, string Value)[] table, string text) =>
        table.FirstOrDefault(t => text.Contains(t.Word, StringComparison.Ordinal)).Value;
}
