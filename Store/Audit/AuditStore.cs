using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Audit;

/// <summary>Who did what to which record. Written inside the transaction of the change it describes.</summary>
public sealed class AuditStore(StoreDb db, TimeProvider time)
{
    private const string Insert = """
        INSERT INTO audit_log (at_utc, actor, action, subject, detail)
        VALUES (@AtUtc, @Actor, @Action, @Subject, @Detail)
        """;
    private const string SelectForSubject = """
        SELECT id, at_utc, actor, action, subject, detail FROM audit_log
        WHERE subject = @Subject ORDER BY at_utc, id
        """;

    public Task AppendAsync(DbConnection connection, DbTransaction tx, string actor, string action, string subject,
        string? detail, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(Insert,
            new { AtUtc = time.GetUtcNow(), Actor = actor, Action = action, Subject = subject, Detail = detail },
            tx, cancellationToken: ct));

    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subject, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<AuditEntry>(new CommandDefinition(SelectForSubject, new { Subject = subject }, cancellationToken: ct))).AsList();
    }
}
