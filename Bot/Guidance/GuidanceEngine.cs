using Alerts.Bot.Reports;

namespace Alerts.Bot.Guidance;

/// <summary>
/// Turns a report and the household's status into guidance: safety, then relief, then what happens next. All the
/// words live in the rule file; this class only selects, fills in the grid worker and packs messages.
/// </summary>
internal sealed class GuidanceEngine(GuidanceRuleSet rules)
{
    private static readonly GuidanceSection[] SectionOrder =
        [GuidanceSection.Safety, GuidanceSection.Relief, GuidanceSection.Next];

    /// <param name="shelter">The reporter's village shelter (ShelterDirections), or null: then the generic words stay.</param>
    public GuidanceMessage Compose(ReportAnswers report, HouseholdStatus household, GridWorkerContact? worker, string? shelter = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);

        var hasWorker = !string.IsNullOrWhiteSpace(worker?.Name);
        var hasShelter = !string.IsNullOrWhiteSpace(shelter);
        var lines = new List<GuidanceLine>();
        var blocks = new List<string>();
        // Several rules may give the same advice (110/119/120 for an injury and for a collapsed house): say it once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in SectionOrder)
        {
            var sectionStart = lines.Count;
            foreach (var rule in rules.Rules.Where(r => r.Section == section && r.When.Matches(report, household, hasWorker, hasShelter)))
            {
                foreach (var template in rule.Lines)
                {
                    if (Fill(template, hasWorker ? worker : null, shelter) is { } text && seen.Add(text))
                    {
                        lines.Add(new GuidanceLine(section, text, rule.Id));
                    }
                }
            }

            for (var i = sectionStart; i < lines.Count; i++)
            {
                var heading = i == sectionStart && rules.Headings.TryGetValue(section, out var h) ? h + "\n" : "";
                blocks.Add(heading + lines[i].Text);
            }
        }

        return new GuidanceMessage(lines, MessagePacker.Pack(blocks));
    }

    // A line whose placeholder has nothing to show (no phone on record) is left out rather than sent half empty.
    private static string? Fill(string template, GridWorkerContact? worker, string? shelter)
    {
        var text = template;
        if (text.Contains(ConditionKeys.Shelter, StringComparison.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(shelter))
            {
                return null;
            }

            text = text.Replace(ConditionKeys.Shelter, shelter.Trim(), StringComparison.Ordinal);
        }

        if (text.Contains(ConditionKeys.WorkerName, StringComparison.Ordinal))
        {
            var name = worker?.Name.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            text = text.Replace(ConditionKeys.WorkerName, name, StringComparison.Ordinal);
        }

        if (text.Contains(ConditionKeys.WorkerPhone, StringComparison.Ordinal))
        {
            var phone = PhoneDisplay.Domestic(worker?.Phone);
            if (phone.Length == 0)
            {
                return null;
            }

            text = text.Replace(ConditionKeys.WorkerPhone, phone, StringComparison.Ordinal);
        }

        return text;
    }
}
