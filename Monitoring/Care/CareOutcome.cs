namespace Alerts.Monitoring.Care;

/// <summary>How a step after enrolment ended; the Host maps each to its HTTP status, the Bot to its words.</summary>
public enum CareOutcome
{
    Done,
    /// <summary>No such case (or, for the Bot, none this person may act on).</summary>
    NotFound,
    /// <summary>The input itself is wrong; nothing changed.</summary>
    Invalid,
    /// <summary>Beyond the caller's rights.</summary>
    Forbidden,
    /// <summary>The case is not in a state that allows this.</summary>
    Conflict,
    /// <summary>Well formed, but the case does not meet what the step needs (exit criteria).</summary>
    Unmet,
}
