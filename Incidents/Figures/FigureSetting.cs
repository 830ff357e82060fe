namespace Alerts.Incidents.Figures;

/// <summary>A figure an official set by hand, with the note saying why; <see cref="Least"/> null hands it back to the records.</summary>
public sealed record FigureSetting
{
    public long Id { get; init; }
    public long IncidentId { get; init; }
    public string Figure { get; init; } = "";
    public long? Least { get; init; }
    public long? Most { get; init; }
    public string Note { get; init; } = "";
    public string Actor { get; init; } = "";
    public DateTimeOffset SetUtc { get; init; }

    /// <summary>The range in force, or null when this setting handed the figure back to the records.</summary>
    public FigureRange? Range => Least is { } least ? new FigureRange(least, Most ?? least) : null;
}
