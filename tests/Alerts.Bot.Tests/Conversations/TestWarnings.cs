using System.Data.Common;
using Alerts.Bot.Queries;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Broadcast's side of the bot, by hand: the warnings in force are whatever the test puts in <see cref="Active"/>;
/// nobody has received a warning, and a danger notice reaches no one.
/// </summary>
public sealed class TestWarnings : IActiveWarnings, IWarningDesk
{
    public List<ActiveWarning> Active { get; } = [];

    public Task<IReadOnlyList<ActiveWarning>> ForVillageAsync(string villageCode, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ActiveWarning>>(Active.Where(w => w.ExpiresUtc > now).ToList());

    public Task<WarningReceived?> LatestReceivedAsync(DbConnection c, DbTransaction tx, long personId, CancellationToken ct) =>
        Task.FromResult<WarningReceived?>(null);

    public Task RecordReplyAsync(DbConnection c, DbTransaction tx, long deliveryId, bool needsHelp, DateTimeOffset now,
        CancellationToken ct) => Task.CompletedTask;

    /// <summary>The 险情通报 published, as (worker, text); each gets the next id, as a warning row would.</summary>
    public List<(long WorkerId, string Text)> DangerNotices { get; } = [];

    public Task<long?> PublishDangerNoticeAsync(DbConnection c, DbTransaction tx, long workerId, string workerName, string text,
        DateTimeOffset now, CancellationToken ct)
    {
        DangerNotices.Add((workerId, text));
        return Task.FromResult<long?>(DangerNotices.Count);
    }
}
