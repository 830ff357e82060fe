namespace Alerts.Identity.Help;

/// <summary>A call for help as stored: who (as far as known), where, the words, and how far it has escalated.</summary>
public sealed record HelpRequest
{
    public long Id { get; init; }
    public string Channel { get; init; } = "";
    public string Address { get; init; } = "";
    public long? PersonId { get; init; }
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? VillageCode { get; init; }
    public string RegionCode { get; init; } = "";
    public string Words { get; init; } = "";
    public string Status { get; init; } = "";
    public int StepsTold { get; init; }
    public DateTimeOffset? NextEscalationUtc { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
    public DateTimeOffset? HandledUtc { get; init; }
    public string? HandledBy { get; init; }
    public string? HandledNote { get; init; }

    /// <summary>What people read and type: H12.</summary>
    public string Number => $"H{Id}";
}

/// <summary>Who asks for help, as far as the turn knows: the address always, the person and village when known.</summary>
public sealed record HelpCaller(string Channel, string Address, long? PersonId, string? Name, string? Phone, string? VillageCode);

/// <summary>The request raised (or added to) and who was told, e.g. "网格员张三".</summary>
public sealed record HelpRaised(HelpRequest Request, IReadOnlyList<string> Told, bool AddedToOpen);

public enum HandleOutcome
{
    Handled,
    NotFound,
    Forbidden,
    AlreadyHandled,
}
