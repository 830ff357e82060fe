namespace Alerts.Store;

/// <summary>The demo county loaded into an empty database so that a fresh clone has someone to talk to.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Load the demo county on start when the database holds no regions. Off in production.</summary>
    public bool LoadOnEmptyDatabase { get; set; } = true;

    /// <summary>Households in the demo county (about 2.5 registered people each).</summary>
    public int Households { get; set; } = 5000;
}
