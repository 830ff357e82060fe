namespace Alerts.Store;

/// <summary>The demo county loaded into an empty database so that a fresh clone has someone to talk to.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Load the demo county on start when the database holds no regions. Off in production.</summary>
    public bool LoadOnEmptyDatabase { get; set; } = true;

    /// <summary>Households in the demo county (about 2.5 registered people each).</summary>
    public int Households { get; set; } = 5000;

    /// <summary>
    /// Import the demo county's village register (incomes, members, 两不愁三保障, helpers) on a start that finds no
    /// register member yet. Off by default so that the demo and its tests keep the households as seeded.
    /// </summary>
    public bool ImportRegister { get; set; }

    /// <summary>Give each demo village its shelters (村小学, and 村委会 in every other village) on a start that finds none.</summary>
    public bool Shelters { get; set; } = true;

    /// <summary>Import three demo hazard points (each with threatened households, a monitor and the village's shelter) on a
    /// start that finds none.</summary>
    public bool HazardPoints { get; set; } = true;
}
