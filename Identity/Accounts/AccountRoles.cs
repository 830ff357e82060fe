namespace Alerts.Identity.Accounts;

/// <summary>The values of <c>accounts.role</c>.</summary>
public static class AccountRoles
{
    public const string Official = "official";
    public const string GridWorker = "grid_worker";
    public const string Admin = "admin";

    public static readonly string[] All = [Official, GridWorker, Admin];

    /// <summary>
    /// The order of powers, grid_worker &lt; official &lt; admin: nobody grants a role above their own. -1 for an
    /// unknown role, which ranks below everything and so is never granted by accident.
    /// </summary>
    public static int Rank(string? role) => role switch
    {
        GridWorker => 0,
        Official => 1,
        Admin => 2,
        _ => -1,
    };

    /// <summary>Who may draft, approve and cancel warnings through the API.</summary>
    public static bool MayPublish(string role) => role is Official or Admin;
}
