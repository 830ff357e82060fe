using System.Data.Common;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>A row of the notifications table: a message the bot wrote for someone other than the sender.</summary>
public sealed record StoredNotification(long Id, long PersonId, string Text, string Reason, string State, string? Channel)
{
    private const string Select =
        "SELECT id AS Id, person_id AS PersonId, text AS Text, reason AS Reason, state AS State, channel AS Channel FROM notifications";

    public static IReadOnlyList<StoredNotification> All(DbConnection c) => c.Query<StoredNotification>($"{Select} ORDER BY id").AsList();

    public static IReadOnlyList<StoredNotification> For(DbConnection c, long personId) =>
        c.Query<StoredNotification>($"{Select} WHERE person_id = @PersonId ORDER BY id", new { PersonId = personId }).AsList();

    /// <summary>Waits until the NotificationWorker has sent every notification (10 s at most) and returns them all.</summary>
    public static async Task<IReadOnlyList<StoredNotification>> AllSentAsync(ConversationApp app)
    {
        var rows = await ConversationApp.EventuallyAsync(() =>
        {
            using var c = app.OpenDatabase();
            return All(c);
        }, all => all.All(n => n.State is "sent" or "failed"));
        Assert.All(rows, n => Assert.Equal("sent", n.State));
        return rows;
    }
}
