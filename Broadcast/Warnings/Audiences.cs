using Alerts.Store.People;

namespace Alerts.Broadcast.Warnings;

/// <summary>Who a warning is for, and the <c>people.role</c> each audience stands for.</summary>
public static class Audiences
{
    public const string Households = "households";
    public const string GridWorkers = "grid_workers";
    public const string Officials = "officials";

    public static readonly string[] All = [Households, GridWorkers, Officials];

    public static string RoleOf(string audience) => audience switch
    {
        Households => Roles.Villager,
        GridWorkers => Roles.GridWorker,
        Officials => Roles.Official,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    public static string OfRole(string role) => role switch
    {
        Roles.Villager => Households,
        Roles.GridWorker => GridWorkers,
        _ => Officials,
    };

    public static string[] RolesOf(IEnumerable<string> audiences) => audiences.Select(RoleOf).ToArray();

    /// <summary>The stored form: a comma list in canonical order.</summary>
    public static string Join(IEnumerable<string> audiences) => string.Join(',', All.Where(audiences.Contains));

    public static string[] Split(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
