namespace Alerts.Identity.Accounts;

/// <summary>What an admin typed to add an account; checked by <see cref="AccountAdministration.AddAsync"/>.</summary>
public sealed record AccountForm(string? Name, string? Role, string? Region, string? Department, string? Login, bool WithKey);
