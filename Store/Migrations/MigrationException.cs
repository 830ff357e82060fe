namespace Alerts.Store.Migrations;

/// <summary>The schema could not be brought up to date; the message says why and what to do.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
