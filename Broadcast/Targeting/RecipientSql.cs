using Alerts.Store.People;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// The SQL expressions targeting and the preview share, over <c>people p LEFT JOIN households h</c>, so that the
/// preview counts exactly what publishing writes.
/// </summary>
internal static class RecipientSql
{
    /// <summary>The person's best channel (<see cref="ChannelChoice"/>), or 'none'.</summary>
    public const string Channel = $"COALESCE({ChannelChoice.Sql}, 'none')";

    /// <summary>0 for the priority groups (elderly, disabled, living alone, 脱贫户, 监测户, 低保, 特困), else 1.</summary>
    public const string Priority = """
        CASE WHEN p.is_elderly = 1 OR p.is_disabled = 1 OR p.lives_alone = 1
                  OR h.is_lifted_out = 1 OR h.is_monitored = 1 OR h.has_dibao = 1 OR h.is_tekun = 1 THEN 0
             ELSE 1 END
        """;

    /// <summary>
    /// The outbox row for one person, in the lane of its channel (wechat, sms): the channel is chosen here, before any
    /// claim. Someone with no channel at all gets a row too, already 'unreachable', so coverage counts them and their
    /// grid worker can be told; dispatch never claims it. Every row of a warning is due at its publication time, so
    /// each lane serves priority groups first.
    /// </summary>
    public const string InsertColumns = "warning_id, person_id, priority, village_code, channel, state, next_attempt_utc, last_error";

    public const string SelectValues = $"""
        @WarningId, p.id, {Priority}, p.region_code, {ChannelChoice.Sql},
        CASE WHEN ({Channel}) = 'none' THEN 'unreachable' ELSE 'pending' END, @Due,
        CASE WHEN ({Channel}) = 'none' THEN 'no_channel' END
        """;
}
