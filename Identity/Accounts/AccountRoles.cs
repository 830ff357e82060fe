namespace Alerts.Identity.Accounts;

/// <summary>The values of <c>accounts.role</c>.</summary>
public static class AccountRoles
{
    public const string Official = "official";
    public const string GridWorker = "grid_worker";
    public const string Admin = "admin";

    public static readonly string[] All = [Official, GridWorker, Admin];

    /// <summary>Who may draft, approve and cancel warnings through the API.</summary>
    public static bool MayPublish(string role) => role is Official or Admin;
}
