using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Store.Database;
using Alerts.Store.People;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// One turn: the inbound message, who sent it, the replies collected so far, and the transaction every record
/// change of the turn joins. The bot never sends: the Host carries <see cref="Replies"/> out.
/// </summary>
public sealed class TurnContext(InboundMessage message, string text, DateTimeOffset now, UnitOfWork work)
{
    private readonly List<string> _replies = [];
    private readonly List<PendingNotification> _notifications = [];

    public InboundMessage Message { get; } = message;

    /// <summary>The normalised text of the message (voice recognition included), empty for events without text.</summary>
    public string Text { get; } = text;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The turn's one write transaction; policies shared with the console (a report's review) take it whole.</summary>
    public UnitOfWork Work { get; } = work;

    public DbConnection Connection => Work.Connection;

    public DbTransaction Transaction => Work.Transaction;

    /// <summary>The person behind the address, once known (enrolment sets it).</summary>
    public Person? Person { get; set; }

    /// <summary>The person is a grid worker or official who bound this chat address with a code: staff powers apply.</summary>
    public bool IsStaffBound { get; set; }

    /// <summary>SMS readers get numbered menus only; WeChat also gets menu keys.</summary>
    public bool IsSms => Message.Channel == ChannelKind.Sms;

    public IReadOnlyList<string> Replies => _replies;

    /// <summary>Messages for other people (a grid worker, a reporter), sent by the Host after the turn commits.</summary>
    public IReadOnlyList<PendingNotification> Notifications => _notifications;

    public void Say(string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _replies.Add(text);
    }

    public void Notify(long personId, string text, string reason) =>
        _notifications.Add(new PendingNotification(personId, text, reason));
}
