namespace Alerts.Broadcast.Cap;

/// <summary>A CAP &lt;info&gt; block.</summary>
public sealed record CapInfo
{
    public string Language { get; init; } = "en-US";
    public required IReadOnlyList<string> Categories { get; init; }
    public required string Event { get; init; }
    public required string Urgency { get; init; }
    public required string Severity { get; init; }
    public required string Certainty { get; init; }
    public IReadOnlyList<string> ResponseTypes { get; init; } = [];
    public DateTimeOffset? Effective { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public string? Instruction { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public required IReadOnlyList<CapArea> Areas { get; init; }
}
