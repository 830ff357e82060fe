using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Identity.Binding;
using Alerts.Store.Conversations;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;

namespace Alerts.Bot.Conversations;

/// <summary>
/// One turn inside the caller's unit of work: load the person and the dialog stack, run the dialogs, then save the
/// stack (checking its version), the turn's records and the notifications for others. A concurrent turn of the same
/// person that saved first makes this one answer null: the caller rolls back and runs the whole unit again.
/// </summary>
internal sealed class BotTurnHandler(
    ConversationRouter router, ConversationStore conversations, PersonStore people, NotificationStore notifications,
    StaffBinding binding, TimeProvider time) : ITurnHandler
{
    public async Task<OutboundReply?> HandleAsync(InboundMessage message, UnitOfWork work, CancellationToken ct)
    {
        var (channel, c, tx) = (message.Channel.Key(), work.Connection, work.Transaction);
        var now = time.GetUtcNow();
        var turn = new TurnContext(message, TurnText.Of(message), now, work)
        {
            Person = await people.FindByAddressAsync(c, tx, message.Channel == ChannelKind.WeChat, message.Address, ct),
        };
        if (turn.Person is { Role: Roles.GridWorker or Roles.Official } staff)
            turn.IsStaffBound = await binding.IsBoundAsync(c, tx, staff.Id, message.Channel, message.Address, ct);
        var row = await conversations.LoadAsync(c, tx, channel, message.Address, ct);
        var conversation = new ConversationState(Frames(row?.Stack), Frames(row?.Suspended), row?.UpdatedUtc);

        await router.RunTurnAsync(turn, conversation, ct);

        var saved = await conversations.SaveAsync(c, tx, channel, message.Address, turn.Person?.Id,
            JsonSerializer.Serialize(conversation.Stack, DialogJson.Options),
            conversation.Suspended.Count == 0 ? null : JsonSerializer.Serialize(conversation.Suspended, DialogJson.Options),
            row?.Version ?? 0, now, ct);
        if (!saved) return null;
        foreach (var n in turn.Notifications)
            await notifications.InsertAsync(c, tx, n.PersonId, n.Text, n.Reason, now, ct);
        return new OutboundReply(turn.Replies);
    }

    private static List<DialogFrame> Frames(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DialogFrame>>(json, DialogJson.Options) ?? [];
}
