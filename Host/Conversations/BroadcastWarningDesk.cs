using System.Data.Common;
using Alerts.Bot.Queries;
using Alerts.Broadcast.DangerNotices;
using Alerts.Broadcast.Recipients;
using Alerts.Broadcast.Warnings;

namespace Alerts.Host.Conversations;

/// <summary>The bot's warning replies and danger notices, carried out by Broadcast in the bot's own transaction.</summary>
internal sealed class BroadcastWarningDesk(ReceivedWarningStore received, WarningReplyStore replies, DangerNoticeWriter notices)
    : IWarningDesk
{
    public async Task<WarningReceived?> LatestReceivedAsync(DbConnection c, DbTransaction tx, long personId, CancellationToken ct) =>
        await received.LatestAsync(c, tx, personId, ct) is { } w
            ? new WarningReceived(w.DeliveryId, WarningLevels.TryParse(w.Level, out var l) ? l.ChineseName() : w.Level,
                w.Headline, w.SentUtc, w.AcknowledgedUtc)
            : null;

    public Task RecordReplyAsync(DbConnection c, DbTransaction tx, long deliveryId, bool needsHelp, DateTimeOffset now,
        CancellationToken ct) => replies.RecordAsync(c, tx, deliveryId, needsHelp, now, ct);

    public Task<long?> PublishDangerNoticeAsync(DbConnection c, DbTransaction tx, long workerId, string workerName,
        string text, DateTimeOffset now, CancellationToken ct) => notices.PublishAsync(c, tx, workerId, workerName, text, now, ct);
}
