namespace Alerts.Store.Database;

/// <summary>
/// The database file cannot be opened at all (a missing folder, a folder in its place, no permission). The message
/// names the file and what to check: it is meant for the operator, who sees it instead of SQLite's "error 14".
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
