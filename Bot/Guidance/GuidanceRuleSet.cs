using System.Text.Json;

namespace Alerts.Bot.Guidance;

/// <summary>The validated rules and section headings of one guidance data file.</summary>
internal sealed class GuidanceRuleSet
{
    /// <summary>The embedded default file (LogicalName set in Alerts.Bot.csproj).</summary>
    public const string EmbeddedResourceName = "Alerts.Bot.Guidance.guidance.zh-CN.json";

    private GuidanceRuleSet(IReadOnlyList<GuidanceRule> rules, IReadOnlyDictionary<GuidanceSection, string> headings,
        IReadOnlyList<ReliefQuestion> questions)
    {
        Rules = rules;
        Headings = headings;
        Questions = questions;
    }

    /// <summary>In file order, which is the order lines are sent within a section.</summary>
    public IReadOnlyList<GuidanceRule> Rules { get; }

    public IReadOnlyDictionary<GuidanceSection, string> Headings { get; }

    /// <summary>In file order, which is the order they are tried.</summary>
    public IReadOnlyList<ReliefQuestion> Questions { get; }

    /// <summary>
    /// Parses and validates; a bad file is a bug in what we ship, so it throws with every problem listed.
    /// </summary>
    public static GuidanceRuleSet Parse(string json)
    {
        var errors = GuidanceRuleValidator.Validate(json);
        if (errors.Count > 0)
        {
            throw new InvalidDataException("Guidance rules are invalid:\n" + string.Join('\n', errors));
        }

        var file = JsonSerializer.Deserialize(json, GuidanceJsonContext.Default.GuidanceFileData)!;
        var rules = file.Rules!
            .Select(r => new GuidanceRule(
                r.Id!, ConditionKeys.Sections[r.Section!], RuleCondition.Compile(r.When), r.Lines!.ToArray()))
            .ToArray();
        var headings = (file.Headings ?? []).ToDictionary(h => ConditionKeys.Sections[h.Key], h => h.Value);
        var questions = (file.Questions ?? [])
            .Select(q => new ReliefQuestion(q.Id!, q.Words!.ToArray(), (q.Lines ?? []).ToArray(), q.Forward))
            .ToArray();
        return new GuidanceRuleSet(rules, headings, questions);
    }

    public static GuidanceRuleSet LoadEmbedded() => Parse(ReadEmbeddedJson());

    public static string ReadEmbeddedJson()
    {
        using var stream = typeof(GuidanceRuleSet).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
