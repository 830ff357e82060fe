using System.Text.Json;
using System.Text.RegularExpressions;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Guidance;

/// <summary>
/// Checks a guidance data file before it is used, and lists every problem at once so one test run shows them all.
/// The rules are edited by people who know the policy rather than the code; these checks are their safety net.
/// </summary>
internal static partial class GuidanceRuleValidator
{
    /// <summary>Elderly readers on feature phones: a line should read at a glance (one screen row or two).</summary>
    public const int MaxLineChars = 30;

    /// <summary>Worst cases a placeholder may expand to when checking line length: a 4-character name, 138****5678.</summary>
    private const int NameAllowance = 4;
    private const int PhoneAllowance = 11;
    // "村小学安置点（村委会旁）" is 12; ShelterDirections keeps its phrase within ShelterDirections.MaxLength (24), and
    // a longer one simply makes that one line longer, never cut.
    private const int ShelterAllowance = 12;

    public static IReadOnlyList<string> Validate(string json)
    {
        GuidanceFileData? file;
        try
        {
            file = JsonSerializer.Deserialize(json, GuidanceJsonContext.Default.GuidanceFileData);
        }
        catch (JsonException e)
        {
            return [$"not valid guidance JSON: {e.Message}"];
        }

        return file is null ? ["the file is empty"] : Validate(file);
    }

    public static IReadOnlyList<string> Validate(GuidanceFileData file)
    {
        var errors = new List<string>();
        if (file.Version != 1)
        {
            errors.Add($"version must be 1, not {file.Version}");
        }

        foreach (var (key, heading) in file.Headings ?? [])
        {
            if (!ConditionKeys.Sections.ContainsKey(key) || string.IsNullOrWhiteSpace(heading))
            {
                errors.Add($"heading '{key}' must name a section and have text");
            }
        }

        var rules = file.Rules ?? [];
        if (rules.Count == 0)
        {
            errors.Add("there are no rules");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var name = $"rule '{rule.Id}'";
            if (string.IsNullOrWhiteSpace(rule.Id) || !ids.Add(rule.Id))
            {
                errors.Add($"{name}: id must be present and unique");
            }

            if (rule.Section is null || !ConditionKeys.Sections.ContainsKey(rule.Section))
            {
                errors.Add($"{name}: section must be safety, relief or next, not '{rule.Section}'");
            }

            CheckCondition(name, rule.When, errors);
            CheckLines(name, rule, errors);
        }

        CheckEveryHazardHasSafety(rules, errors);
        GuidanceQuestionValidator.Check(file.Questions, errors);
        return errors;
    }

    private static void CheckCondition(string name, GuidanceConditionData? when, List<string> errors)
    {
        if (when is null)
        {
            return;
        }

        CheckValues(name, "hazard", when.Hazard, ReportAnswers.KnownHazards.ToHashSet(), errors);
        CheckValues(name, "house", when.House, ReportKeys.House.Keys.ToHashSet(), errors);
        CheckValues(name, "water", when.Water, ReportKeys.Water.Keys.ToHashSet(), errors);
        CheckValues(name, "crops", when.Crops, ReportKeys.Crops.Keys.ToHashSet(), errors);
        CheckValues(name, "household", when.Household, ConditionKeys.Household.Keys.ToHashSet(), errors);
        CheckValues(name, "notHousehold", when.NotHousehold, ConditionKeys.Household.Keys.ToHashSet(), errors);
        CheckValues(name, "priority", when.Priority, ConditionKeys.Priority.Keys.ToHashSet(), errors);
        CheckValues(name, "notPriority", when.NotPriority, ConditionKeys.Priority.Keys.ToHashSet(), errors);
    }

    private static void CheckValues(
        string name, string key, List<string>? values, HashSet<string> known, List<string> errors)
    {
        if (values is null)
        {
            return;
        }

        // An empty list can never match, which is never what the author meant.
        if (values.Count == 0)
        {
            errors.Add($"{name}: '{key}' is an empty list; leave the key out instead");
        }

        foreach (var value in values.Where(v => !known.Contains(v)))
        {
            errors.Add($"{name}: '{key}' has unknown value '{value}' (known: {string.Join(", ", known)})");
        }
    }

    private static void CheckLines(string name, GuidanceRuleData rule, List<string> errors)
    {
        if (rule.Lines is not { Count: > 0 } lines)
        {
            errors.Add($"{name}: needs at least one line");
            return;
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || line != line.Trim() || line.Contains('\n'))
            {
                errors.Add($"{name}: line '{line}' is blank, untrimmed or has a line break");
                continue;
            }

            var braces = Braces().Matches(line).Select(m => m.Value).ToList();
            if (braces.Any(b => b is not (ConditionKeys.WorkerName or ConditionKeys.WorkerPhone or ConditionKeys.Shelter)))
            {
                errors.Add($"{name}: line '{line}' has an unknown placeholder; use {{name}}, {{phone}} or {{shelter}}");
            }

            if (braces.Contains(ConditionKeys.Shelter) && rule.When?.Shelter != true)
            {
                errors.Add($"{name}: line '{line}' names the shelter, so the rule needs \"shelter\": true");
            }

            if (braces.Any(b => b is not ConditionKeys.Shelter) && rule.When?.Worker != true)
            {
                errors.Add($"{name}: line '{line}' names the grid worker, so the rule needs \"worker\": true");
            }

            var length = line.Length
                + Count(line, ConditionKeys.WorkerName) * (NameAllowance - ConditionKeys.WorkerName.Length)
                + Count(line, ConditionKeys.WorkerPhone) * (PhoneAllowance - ConditionKeys.WorkerPhone.Length)
                + Count(line, ConditionKeys.Shelter) * (ShelterAllowance - ConditionKeys.Shelter.Length);
            if (length > MaxLineChars)
            {
                errors.Add($"{name}: line '{line}' is {length} characters; keep it to {MaxLineChars}");
            }
        }

        if (lines.Distinct(StringComparer.Ordinal).Count() != lines.Count)
        {
            errors.Add($"{name}: repeats a line");
        }
    }

    // Safety comes first for every hazard the dialogs can record, so each needs its own advice.
    private static void CheckEveryHazardHasSafety(List<GuidanceRuleData> rules, List<string> errors)
    {
        var covered = rules
            .Where(r => r.Section == "safety" && r.When?.Hazard is not null)
            .SelectMany(r => r.When!.Hazard!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var hazard in ReportAnswers.KnownHazards.Where(h => !covered.Contains(h)))
        {
            errors.Add($"hazard '{hazard}' has no safety rule of its own");
        }
    }

    private static int Count(string line, string placeholder) =>
        (line.Length - line.Replace(placeholder, "", StringComparison.Ordinal).Length) / placeholder.Length;

    [GeneratedRegex(@"\{[^{}]*\}|[{}]")]
    private static partial Regex Braces();
}
