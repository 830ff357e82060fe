namespace Alerts.Identity.Accounts;

/// <summary>Names of the officials' API authentication scheme and policy.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Policy = "ApiAccount";
}
