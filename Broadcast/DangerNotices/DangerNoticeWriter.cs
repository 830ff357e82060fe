using System.Data.Common;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Audit;
using Dapper;

namespace Alerts.Broadcast.DangerNotices;

/// <summary>
/// A grid worker's 险情通报: the regulation lets whoever sees critical danger warn the people directly threatened at
/// once, so it is published without approval, to the households of the worker's own grid only. It is written in
/// the caller's transaction (the bot's turn), and the targeting worker fans it out like any published warning.
/// </summary>
public sealed class DangerNoticeWriter(WarningStore warnings, AuditStore audit)
{
    private const string GridVillages = "SELECT region_code FROM grid_assignments WHERE worker_id = @WorkerId ORDER BY region_code";
    private static readonly TimeSpan Validity = TimeSpan.FromHours(12);
    internal const string Instruction = "请立即离开危险地方，到安全的高处或安置点，听从村干部和网格员安排。";

    /// <summary>Publishes the notice; returns its warning id, or null when the worker has no grid.</summary>
    public async Task<long?> PublishAsync(DbConnection c, DbTransaction tx, long workerId, string workerName, string text,
        DateTimeOffset now, CancellationToken ct)
    {
        var villages = (await c.QueryAsync<string>(new CommandDefinition(GridVillages, new { WorkerId = workerId }, tx, cancellationToken: ct))).AsList();
        if (villages.Count == 0) return null;
        var draft = new WarningDraft
        {
            Hazard = HazardFamily.Other, Event = "险情", Level = WarningLevel.Red, Kind = WarningKinds.DangerNotice,
            Headline = Headline(text), Description = $"网格员{workerName}通报：{text}", Instruction = Instruction,
            Areas = villages, Audiences = [Audiences.Households], Effective = now, Expires = now + Validity,
            Source = "grid_worker",
        };
        var id = await warnings.InsertAsync(c, tx, draft, WarningIdentifiers.New(villages[0], now), null, now, ct);
        await warnings.PublishAsync(c, tx, id, approvedBy: null, green: true, now, ct);
        await audit.AppendAsync(c, tx, $"person:{workerId}", "danger_notice_published", $"warning:{id}", text, ct);
        return id;
    }

    private static string Headline(string text) => "险情通报：" + (text.Length > 20 ? text[..20] + "…" : text);
}
