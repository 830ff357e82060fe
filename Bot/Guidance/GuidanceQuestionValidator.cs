using System.Text.RegularExpressions;

namespace Alerts.Bot.Guidance;

/// <summary>
/// Checks the relief questions of a guidance file. An answer never promises what the county decides, so a line with a
/// figure, an amount or a date is refused: "能领多少由区县定", never "能领2000元" or "15号到".
/// </summary>
internal static partial class GuidanceQuestionValidator
{
    public static void Check(List<GuidanceQuestionData>? questions, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in questions ?? [])
        {
            var name = $"question '{q.Id}'";
            if (string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id)) errors.Add($"{name}: id must be present and unique");
            if (q.Words is not { Count: > 0 } words || words.Any(string.IsNullOrWhiteSpace))
                errors.Add($"{name}: needs words, none blank");
            var lines = q.Lines ?? [];
            if (q.Forward && lines.Count > 0) errors.Add($"{name}: a forwarded question has no lines (the grid worker answers)");
            if (!q.Forward && lines.Count == 0) errors.Add($"{name}: needs lines, or \"forward\": true");
            foreach (var line in lines)
            {
                if (string.IsNullOrWhiteSpace(line) || line.Contains('\n') || line.Contains('{'))
                    errors.Add($"{name}: line '{line}' is blank, has a line break or a placeholder");
                if (line.Length > GuidanceRuleValidator.MaxLineChars)
                    errors.Add($"{name}: line '{line}' is {line.Length} characters; keep it to {GuidanceRuleValidator.MaxLineChars}");
                if (Promise().IsMatch(line)) errors.Add($"{name}: line '{line}' names an amount or a date; only the county sets them");
            }
        }
    }

    [GeneratedRegex(@"[0-9０-９]|[一二三四五六七八九十百千万]+(元|块|号|日|月)|元")]
    private static partial Regex Promise();
}
