namespace Alerts.Store.Summary;

/// <summary>What the database holds, in the numbers the home page and the health check show.</summary>
public sealed record StoreSummary
{
    public long Towns { get; init; }
    public long Villages { get; init; }
    public long Households { get; init; }
    public long Villagers { get; init; }
    public long GridWorkers { get; init; }
    public long Officials { get; init; }
    public long ReportsWaiting { get; init; }
    public long ReportsOverdue { get; init; }
    public long ReportsConfirmed { get; init; }
    public long HelpOpen { get; init; }
    /// <summary>Open help requests already passed up beyond the first person told.</summary>
    public long HelpEscalated { get; init; }
    /// <summary>Open help requests that reached nobody (no one on any duty roster of their chain).</summary>
    public long HelpNobodyTold { get; init; }
    public long Candidates { get; init; }
    public long CandidatesOverdue { get; init; }
    public long WarningsInForce { get; init; }
    public long WarningsAwaitingApproval { get; init; }
}
