namespace Alerts.Broadcast.Targeting;

/// <summary>
/// The SQL expressions targeting and the preview share, over <c>people p LEFT JOIN households h</c>, so that the
/// preview counts exactly what publishing writes.
/// </summary>
internal static class RecipientSql
{
    /// <summary>WeChat when the person follows the account, else SMS when they have a phone and did not opt out.</summary>
    public const string Channel = """
        CASE WHEN p.wechat_openid IS NOT NULL AND p.wechat_unfollowed_utc IS NULL THEN 'wechat'
             WHEN p.phone IS NOT NULL AND p.sms_opted_out = 0 THEN 'sms'
             ELSE 'none' END
        """;

    /// <summary>0 for the priority groups (elderly, disabled, living alone, 脱贫户, 监测户, 低保, 特困), else 1.</summary>
    public const string Priority = """
        CASE WHEN p.is_elderly = 1 OR p.is_disabled = 1 OR p.lives_alone = 1
                  OR h.is_lifted_out = 1 OR h.is_monitored = 1 OR h.has_dibao = 1 OR h.is_tekun = 1 THEN 0
             ELSE 1 END
        """;

    /// <summary>
    /// The outbox row for one person. Someone with no channel at all gets a row too, already 'unreachable', so coverage
    /// counts them and their grid worker can be told; dispatch never claims it. Every row of a warning is due at its
    /// publication time, so the outbox's (state, next_attempt_utc, priority) index serves priority groups first.
    /// </summary>
    public const string InsertColumns = "warning_id, person_id, priority, village_code, state, next_attempt_utc, last_error";

    public const string SelectValues = $"""
        @WarningId, p.id, {Priority}, p.region_code,
        CASE WHEN ({Channel}) = 'none' THEN 'unreachable' ELSE 'pending' END, @Due,
        CASE WHEN ({Channel}) = 'none' THEN 'no_channel' END
        """;
}
