using Alerts.Identity.Accounts;
using Alerts.Store.People;

namespace Alerts.Bot.Reports;

/// <summary>
/// Who reviews a report: a grid worker in the chat (a person, by the villages of their grid) or an account of the
/// console (by its jurisdiction). <see cref="Actor"/> is what the audit log records.
/// </summary>
public sealed record Reviewer
{
    private Reviewer(string actor, long? personId, string? jurisdiction)
    {
        Actor = actor;
        PersonId = personId;
        Jurisdiction = jurisdiction;
    }

    public string Actor { get; }

    /// <summary>The grid worker's person id; null for a console account (reports.reviewer_id names people only).</summary>
    public long? PersonId { get; }

    /// <summary>The account's division code; null for a grid worker in the chat.</summary>
    public string? Jurisdiction { get; }

    public static Reviewer GridWorker(Person worker) => new($"person:{worker.Id}", worker.Id, null);

    public static Reviewer Console(Account account) => new(account.Actor, null, account.RegionCode);
}
