using System.Text.Json;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Default 防御指南 (what to do) per event and level, from the embedded <c>defence-guides.zh-CN.json</c>: one entry per
/// event, a <c>default</c> text and per-level texts where they differ. Officials may always write their own.
/// </summary>
public static class DefenceGuides
{
    private const string Resource = "Alerts.Broadcast.Warnings.defence-guides.zh-CN.json";
    private const string AnyEvent = "*";
    private const string AllClearEntry = "all_clear";
    private const string DefaultLevel = "default";

    private static readonly Dictionary<string, Dictionary<string, string>> Guides = Load();

    /// <summary>The guide for an event at a level; an all-clear gets the all-clear text.</summary>
    public static string For(string eventName, WarningLevel level, string kind)
    {
        if (kind == WarningKinds.AllClear) return Guides[AllClearEntry][DefaultLevel];
        var entry = Guides.GetValueOrDefault(eventName) ?? Guides[AnyEvent];
        return entry.GetValueOrDefault(level.Key()) ?? entry.GetValueOrDefault(DefaultLevel) ?? Guides[AnyEvent][DefaultLevel];
    }

    /// <summary>The events that have their own entry (for tests: every catalogue event should).</summary>
    public static bool HasEntry(string eventName) => Guides.ContainsKey(eventName);

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = typeof(DefenceGuides).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var document = JsonDocument.Parse(stream);
        var guides = new Dictionary<string, Dictionary<string, string>>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Object) continue; // _comment
            guides[entry.Name] = entry.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        }
        return guides;
    }
}
