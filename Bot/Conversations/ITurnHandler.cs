using Alerts.Channels.Messages;
using Alerts.Store.Database;

namespace Alerts.Bot.Conversations;

/// <summary>
/// Runs one turn of an inbound message inside the caller's unit of work: the Host's inbound pipeline opens it, has
/// already recorded the message id in it, and commits it with the answer, so the turn's records and "this id is
/// answered" are one write. The bot (the only production implementation) never sends; the Host carries the reply out.
/// </summary>
public interface ITurnHandler
{
    /// <summary>
    /// The reply, or null when a concurrent turn of the same conversation committed first (its version moved on):
    /// then the caller rolls <paramref name="work"/> back and runs its whole unit again.
    /// </summary>
    Task<OutboundReply?> HandleAsync(InboundMessage message, UnitOfWork work, CancellationToken ct);
}
