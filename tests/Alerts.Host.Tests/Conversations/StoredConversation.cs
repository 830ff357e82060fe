using System.Data.Common;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>A row of the conversations table: the dialog stack of one (channel, address), and its version.</summary>
public sealed record StoredConversation(long? PersonId, string Stack, string? Suspended, long Version)
{
    public static StoredConversation Of(DbConnection c, Conversation conversation) =>
        c.QuerySingle<StoredConversation>("""
            SELECT person_id AS PersonId, stack AS Stack, suspended AS Suspended, version AS Version
            FROM conversations WHERE channel = @Channel AND address = @Address
            """, new { Channel = conversation.Via == Via.WeChat ? "wechat" : "sms", conversation.Address });

    public bool IsIdle => Stack == "[]" && Suspended is null;
}
