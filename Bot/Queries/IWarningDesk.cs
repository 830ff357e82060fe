using System.Data.Common;

namespace Alerts.Bot.Queries;

/// <summary>
/// What the bot does with warnings, provided by the Host from Broadcast: replies to a warning (收到 / 需要帮助) and a
/// grid worker's 险情通报. Every write joins the turn's transaction, so a reply and its effect commit together.
/// </summary>
public interface IWarningDesk
{
    /// <summary>The warning most recently sent to the person, if any.</summary>
    Task<WarningReceived?> LatestReceivedAsync(DbConnection c, DbTransaction tx, long personId, CancellationToken ct);

    Task RecordReplyAsync(DbConnection c, DbTransaction tx, long deliveryId, bool needsHelp, DateTimeOffset now,
        CancellationToken ct);

    /// <summary>Publishes a danger notice to the households of the worker's grid; null when they have no grid.</summary>
    Task<long?> PublishDangerNoticeAsync(DbConnection c, DbTransaction tx, long workerId, string workerName, string text,
        DateTimeOffset now, CancellationToken ct);
}

public sealed record WarningReceived(long DeliveryId, string LevelName, string Headline, DateTimeOffset SentUtc,
    DateTimeOffset? AcknowledgedUtc);
