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

    /// <summary>Seconds a command waits on a locked database before failing (SQLite busy timeout).</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;
}
