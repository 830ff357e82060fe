using System.ComponentModel.DataAnnotations;

namespace Alerts.Store;

/// <summary>Where the records live. Bound from <c>ConnectionStrings:Alerts</c> and the <c>Store</c> section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";
    public const string ConnectionStringName = "Alerts";
    public const string DefaultConnectionString = "Data Source=alerts.db";

    [Required]
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Seconds a command waits on a locked database before failing (SQLite's busy timeout; PostgreSQL's
    /// command timeout).</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// On PostgreSQL, the most connections this Host opens, unless the connection string sets its own pool size. Three
    /// Hosts at 25 take 75 of the server's default 100 and leave room for migrations, backups and an operator.
    /// </summary>
    [Range(2, 1000)]
    public int MaxPoolSize { get; set; } = 25;
}
