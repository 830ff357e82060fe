namespace Alerts.Store.People;

/// <summary>The values of <c>people.role</c>.</summary>
public static class Roles
{
    public const string Villager = "villager";
    public const string GridWorker = "grid_worker";
    public const string Official = "official";
}
