using System.Text.Json;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Store.Reports;

namespace Alerts.Incidents.Grading;

/// <summary>
/// The grading tables of Data/grading.json (art. 5 for the geological family), validated when loaded: a broken file
/// stops the app at start rather than grading wrongly on the night of a flood. A family with no table is 未分级.
/// </summary>
public sealed class GradingTables
{
    private const string Resource = "Alerts.Incidents.Data.grading.json";
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private readonly IReadOnlyDictionary<string, GradingTable> _tables;

    private GradingTables(IReadOnlyDictionary<string, GradingTable> tables) => _tables = tables;

    /// <summary>The tables shipped with the app.</summary>
    public static GradingTables Embedded()
    {
        using var stream = typeof(GradingTables).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded");
        return Load(stream);
    }

    /// <summary>Reads and validates a grading file; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static GradingTables Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<GradingFile>(json, Json) ?? throw new InvalidDataException("grading file is empty");
        foreach (var (family, table) in file.Families)
        {
            if (!ReportHazards.FamilyKeys.Contains(family)) throw new InvalidDataException($"unknown hazard family '{family}'");
            if (string.IsNullOrWhiteSpace(table.Source)) throw new InvalidDataException($"{family}: the source regulation is not named");
            Check(family, "disaster", table.Disaster);
            Check(family, "danger", table.Danger);
        }
        return new GradingTables(file.Families);
    }

    /// <summary>The family's table, or null when it is not graded (未分级).</summary>
    public GradingTable? For(string family) => _tables.GetValueOrDefault(family);

    private static void Check(string family, string part, IReadOnlyList<GradingCriterion>? criteria)
    {
        if (criteria is null || criteria.Count == 0) throw new InvalidDataException($"{family}.{part}: no criteria");
        foreach (var c in criteria)
        {
            var at = $"{family}.{part}.{c.Figure}";
            if (!FigureKeys.IsKnown(c.Figure)) throw new InvalidDataException($"{at}: unknown figure");
            var grades = c.Thresholds?.Select(t => t.Grade).ToList() ?? [];
            // Highest grade first, each of the four once, so the first threshold reached is the grade.
            if (!grades.SequenceEqual(IncidentGrades.Ordered.Reverse()))
                throw new InvalidDataException($"{at}: thresholds must be extra_large, large, medium, small in that order");
            var floors = c.Thresholds!.Select(t => t.AtLeast).ToList();
            if (floors[^1] != 0) throw new InvalidDataException($"{at}: small must start at 0");
            if (floors.Zip(floors.Skip(1)).Any(p => p.First <= p.Second))
                throw new InvalidDataException($"{at}: thresholds must fall strictly from extra_large to small");
            if (c.Thresholds!.Any(t => string.IsNullOrWhiteSpace(t.Words)))
                throw new InvalidDataException($"{at}: every threshold quotes the regulation's words");
        }
    }

    private sealed record GradingFile(Dictionary<string, GradingTable> Families);
}
