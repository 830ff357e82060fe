using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// The identification steps' writes on a case: one guarded UPDATE per step (<c>WHERE status = … AND stage = …</c>), so
/// two people recording the same step at once cannot both move the case.
/// </summary>
public sealed class CaseStepStore
{
    private const string Advance = """
        UPDATE monitoring_cases
        SET status = @ToStatus, stage = @ToStage, updated_utc = @Now,
            closed_utc = CASE WHEN @ToStatus = 'declined' THEN @Now ELSE closed_utc END
        WHERE id = @Id AND status = @FromStatus AND stage = @FromStage
        """;

    /// <summary>Moves the case as <paramref name="move"/> says; false when it is no longer where the move starts.</summary>
    public async Task<bool> AdvanceAsync(DbConnection c, DbTransaction tx, long id, CaseSteps.Move move, DateTimeOffset now,
        CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(Advance, new
        {
            Id = id, move.FromStatus, move.FromStage, move.ToStatus, move.ToStage, Now = now,
        }, tx, cancellationToken: ct)) == 1;
}
