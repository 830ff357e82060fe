namespace Alerts.Broadcast.Warnings;

/// <summary>
/// The JSON an official posts to create a warning. Everything is text here so that every mistake gets a clear
/// message from the validator instead of a deserialiser error.
/// </summary>
public sealed record WarningRequest
{
    public string? Hazard { get; init; }
    public string? Event { get; init; }
    public string? Level { get; init; }
    public string? Kind { get; init; }
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public string? Instruction { get; init; }
    public string[]? Areas { get; init; }
    public string[]? Audiences { get; init; }
    public string? Effective { get; init; }
    public string? Expires { get; init; }
    /// <summary>The id of the published warning this update or all-clear changes.</summary>
    public long? References { get; init; }
    /// <summary>False keeps the warning a draft; by default it goes for approval at once (or out, on the green channel).</summary>
    public bool? Submit { get; init; }
}
