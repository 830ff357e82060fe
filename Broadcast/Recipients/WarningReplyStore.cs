using System.Data.Common;
using Dapper;

namespace Alerts.Broadcast.Recipients;

/// <summary>
/// Replies to a warning: "收到"/1/已转移 acknowledges the latest one the person received, "2"/需要帮助 asks for help.
/// Written in the caller's transaction (the bot's turn), so the reply and its effect commit together.
/// </summary>
public sealed class WarningReplyStore
{
    private const string Acknowledge = """
        UPDATE deliveries SET acknowledged_utc = COALESCE(acknowledged_utc, @Now) WHERE id = @DeliveryId
        """;
    private const string Help = """
        UPDATE deliveries SET help_requested_utc = COALESCE(help_requested_utc, @Now),
                              acknowledged_utc = COALESCE(acknowledged_utc, @Now)
        WHERE id = @DeliveryId
        """;

    /// <summary>A request for help also counts as an answer: someone heard the warning.</summary>
    public Task RecordAsync(DbConnection c, DbTransaction tx, long deliveryId, bool needsHelp, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(needsHelp ? Help : Acknowledge, new { DeliveryId = deliveryId, Now = now }, tx, cancellationToken: ct));
}
