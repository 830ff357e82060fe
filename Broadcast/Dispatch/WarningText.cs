using System.Globalization;
using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Warnings;
using Alerts.Channels.Messages;
using Alerts.Store.Database;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// The words of a warning as a person receives them: one SMS body, or the fields of a WeChat template message.
/// Both are the same for everyone of one village a warning reaches (a warning that tells people to leave names their
/// village's shelter), so a resend is byte-identical (what Twilio reconciliation matches on) unless the village's
/// shelters were changed in between.
/// </summary>
internal static class WarningText
{
    /// <summary>How to acknowledge, as the bot understands it (收到/1 acknowledges, 2 asks for help).</summary>
    public const string Acknowledge = "回复“收到”或“1”确认，需要帮助回复“2”。";

    /// <summary>The same, within a template line's 20 characters.</summary>
    public const string AcknowledgeShort = "回复“收到”或“1”确认，求助回复“2”";

    /// <summary>WeChat shows at most 20 characters per template line since 2023-05-04 (wechat.md §7).</summary>
    public const int TemplateValueMax = 20;


    /// <summary>The body must keep at least this much when a shelter is named, else the shelter is left out.</summary>
    public const int MinBodyWithShelter = 30;

    /// <summary>
    /// 【红色预警】headline。instruction 回复…, the middle cut with … so the whole fits <paramref name="maxLength"/>. A
    /// <paramref name="shelter"/> is named after the instruction ("撤离请到村小学安置点（村委会旁）。"): its room is taken
    /// from the body first, so the cut never eats the place; when the body would keep less than
    /// <see cref="MinBodyWithShelter"/> the shelter is left out rather than the warning itself.
    /// </summary>
    public static string Sms(DeliveryWarning w, int maxLength, string? shelter = null)
    {
        var prefix = $"【{Title(w)}】";
        var body = Sentence(w.Headline) + w.Instruction.Trim();
        var room = maxLength - prefix.Length - Acknowledge.Length;
        var direction = string.IsNullOrWhiteSpace(shelter) || !NamesShelter(w) ? "" : $"撤离请到{shelter.Trim()}。";
        if (direction.Length > 0 && room - direction.Length < MinBodyWithShelter) direction = "";
        return prefix + Cut(body, Math.Max(1, room - direction.Length)) + direction + Acknowledge;
    }

    /// <summary>
    /// Whether the warning tells people to leave, so their shelter belongs in it: a 临灾预报, a 险情通报, or a red or
    /// orange geological or flood warning (not an all-clear).
    /// </summary>
    public static bool NamesShelter(DeliveryWarning w) =>
        w.Kind is "forecast" or "danger_notice"
        || (w.Kind != "all_clear" && w.Level is "red" or "orange" && w.Hazard is "geological" or "flood");

    /// <summary>The template data: each configured key filled from its field and cut to 20 characters.</summary>
    public static IReadOnlyDictionary<string, string> TemplateData(DeliveryWarning w,
        IReadOnlyDictionary<string, string> fields) =>
        fields.ToDictionary(f => f.Key, f => Cut(Field(w, f.Value), TemplateValueMax), StringComparer.Ordinal);

    /// <summary>
    /// The named values an SMS template provider fills its approved warning template from (Tencent: "title",
    /// "instruction:20"…): the template fields' values uncut, the title, and the shelter when the warning names one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SmsValues(DeliveryWarning w, string? shelter)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = Title(w) };
        foreach (var field in new[] { "headline", "event", "level", "effective", "instruction", "acknowledge" })
            values[field] = Field(w, field);
        if (!string.IsNullOrWhiteSpace(shelter) && NamesShelter(w)) values["shelter"] = shelter.Trim();
        return values;
    }

    /// <summary>The configured template for this hazard and level: "weather.red", else "weather", else "default".</summary>
    public static string TemplateKey(DeliveryWarning w, IReadOnlyDictionary<string, string> templateIds)
    {
        string[] keys = [$"{w.Hazard}.{w.Level}", w.Hazard, "default"];
        return keys.FirstOrDefault(k => templateIds.TryGetValue(k, out var id) && id.Length > 0) ?? keys[0];
    }

    /// <summary>Cuts to <paramref name="max"/> characters, the last being … (<see cref="TextCut"/>).</summary>
    public static string Cut(string text, int max) => TextCut.Cut(text, max);

    /// <summary>暴雨红色预警, 滑坡橙色临灾预报, 解除暴雨预警 …</summary>
    public static string Title(DeliveryWarning w)
    {
        var level = WarningLevels.TryParse(w.Level, out var parsed) ? parsed.ChineseName() : "";
        return w.Kind switch
        {
            "all_clear" => $"解除{w.Event}预警",
            "forecast" => $"{w.Event}{level}临灾预报",
            "danger_notice" => $"{w.Event}险情通报",
            _ => $"{w.Event}{level}预警",
        };
    }

    private static string Field(DeliveryWarning w, string field) => field switch
    {
        "headline" => w.Headline,
        "event" => w.Event,
        "level" => Title(w),
        "effective" => BeijingTime.Of(w.EffectiveUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        "instruction" => w.Instruction,
        "acknowledge" => AcknowledgeShort,
        _ => "",
    };

    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || "。！？.!?".Contains(t[^1]) ? t : t + "。";
    }
}
