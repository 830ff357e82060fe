using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Identity.Binding;
using Alerts.Store.Conversations;
using Alerts.Store.Database;
using Alerts.Store.Inbound;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Alerts.Bot.Conversations;

/// <summary>
/// One turn, one transaction: load the person and the dialog stack, run the dialogs, then save the stack (checking
/// its version), the turn's records, the notifications for others and "this message is answered" together.
/// A concurrent turn of the same person that saved first makes this one roll back and run again on the new stack.
/// </summary>
internal sealed class BotTurnHandler(
    StoreDb db, ConversationRouter router, ConversationStore conversations, PersonStore people,
    NotificationStore notifications, InboundMessageStore inbound, StaffBinding binding, TimeProvider time, ILogger<BotTurnHandler> logger)
    : IInboundHandler
{
    private const int MaxAttempts = 3;

    public async Task<OutboundReply> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var replies = await TryTurnAsync(message, ct);
            if (replies is not null) return new OutboundReply(replies) { Recorded = true };
            if (attempt == MaxAttempts) throw new InvalidOperationException("The conversation kept changing under this turn.");
            BotLog.ConcurrentTurn(logger, message.Channel.Key(), message.ProviderMessageId, attempt);
        }
    }

    private async Task<IReadOnlyList<string>?> TryTurnAsync(InboundMessage m, CancellationToken ct)
    {
        var channel = m.Channel.Key();
        await using var c = await db.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var turn = new TurnContext(m, TurnText.Of(m), now, c, tx)
        {
            Person = await people.FindByAddressAsync(c, tx, m.Channel == ChannelKind.WeChat, m.Address, ct),
        };
        if (turn.Person is { Role: Roles.GridWorker or Roles.Official } staff)
            turn.IsStaffBound = await binding.IsBoundAsync(c, tx, staff.Id, m.Channel, m.Address, ct);
        var row = await conversations.LoadAsync(c, tx, channel, m.Address, ct);
        var conversation = new ConversationState(Frames(row?.Stack), Frames(row?.Suspended), row?.UpdatedUtc);

        await router.RunTurnAsync(turn, conversation, ct);

        var saved = await conversations.SaveAsync(c, tx, channel, m.Address, turn.Person?.Id,
            JsonSerializer.Serialize(conversation.Stack, DialogJson.Options),
            conversation.Suspended.Count == 0 ? null : JsonSerializer.Serialize(conversation.Suspended, DialogJson.Options),
            row?.Version ?? 0, now, ct);
        if (!saved)
        {
            await tx.RollbackAsync(CancellationToken.None);
            return null;
        }
        foreach (var n in turn.Notifications)
            await notifications.InsertAsync(c, tx, n.PersonId, n.Text, n.Reason, now, ct);
        await inbound.CompleteAsync(c, tx, channel, m.ProviderMessageId, turn.Replies, ct);
        await tx.CommitAsync(ct);
        return turn.Replies;
    }

    private static List<DialogFrame> Frames(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DialogFrame>>(json, DialogJson.Options) ?? [];
}
