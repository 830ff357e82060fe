namespace Alerts.Broadcast;

/// <summary>Why a request was refused; the Host maps each to an HTTP status.</summary>
public enum RefusalKind
{
    Invalid,       // 400: the input itself is wrong
    Forbidden,     // 403: beyond the caller's rights, e.g. targeting areas outside their jurisdiction
    NotFound,      // 404: not there, or not in the caller's jurisdiction (the same answer, so nothing leaks)
    Conflict,      // 409: the warning is not in a state that allows this
    Unprocessable, // 422: well formed, but names things we do not know (CAP areas, references)
}
