namespace Alerts.Identity.Accounts;

/// <summary>An account just made in the console, with the secrets that are shown once and never again.</summary>
public sealed record NewAccount(Account Account, string Login, string OneTimePassword, string? Key);
