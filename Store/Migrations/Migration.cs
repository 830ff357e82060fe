namespace Alerts.Store.Migrations;

/// <summary>One numbered schema change, e.g. <c>0002_outbox.sql</c> is version 2.</summary>
public sealed record Migration(int Version, string Name, string Sql);
