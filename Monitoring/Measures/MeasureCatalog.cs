using System.Text.Json;

namespace Alerts.Monitoring.Measures;

/// <summary>
/// The help measures the policies name (Data/measures.json, embedded), in the file's order. A broken file fails at
/// start, not at the first case.
/// </summary>
public sealed class MeasureCatalog
{
    private const string ResourceName = "Alerts.Monitoring.Data.measures.json";

    private readonly Dictionary<string, Measure> _byKey;

    public MeasureCatalog()
    {
        using var stream = typeof(MeasureCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        var groups = file.Groups.ToDictionary(g => g.Key, g => g.Name);
        All = file.Measures.Select(m => new Measure
        {
            Key = m.Key, Name = m.Name, Group = m.Group, Policy = m.Policy, Labour = m.Labour, Risks = m.Risks,
            GroupName = groups.TryGetValue(m.Group, out var name) ? name : throw new InvalidOperationException($"Measure {m.Key}: unknown group {m.Group}."),
        }).ToList();
        _byKey = All.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<Measure> All { get; }

    public Measure? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var m) ? m : null;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record CatalogFile(List<GroupData> Groups, List<MeasureData> Measures);

    private sealed record GroupData(string Key, string Name);

    private sealed record MeasureData(string Key, string Group, string Name, string[] Labour, string[] Risks, string Policy);
}
