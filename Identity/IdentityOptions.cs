using System.ComponentModel.DataAnnotations;

namespace Alerts.Identity;

/// <summary>
/// The <c>Identity</c> settings: one-time codes that link a chat address to a registered villager, binding codes for
/// staff, and the rate limits that keep both from being guessed or used to harvest the register.
/// </summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>How long a 6-digit link code sent by SMS stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong link codes allowed before the address is cooled down.</summary>
    [Range(1, 20)]
    public int LinkCodeTries { get; set; } = 5;

    /// <summary>How long an address that ran out of tries may not ask for or try codes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkCooldown { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The window the rate limits below count in.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Phone numbers one chat address may look up per window.</summary>
    [Range(1, 100)]
    public int LookupsPerAddress { get; set; } = 3;

    /// <summary>Lookups of one phone number per window, by anyone; beyond it no code is sent (the answer does not change).</summary>
    [Range(1, 100)]
    public int LookupsPerPhone { get; set; } = 3;

    /// <summary>Codes sent to the registered phones of one village per window; beyond it no code is sent.</summary>
    [Range(1, 10000)]
    public int CodesPerVillage { get; set; } = 30;

    /// <summary>How long a staff binding code issued by an admin stays valid.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan BindingCodeLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Wrong binding codes one chat address may enter per window before it is refused until the window passes.</summary>
    [Range(1, 20)]
    public int BindingTries { get; set; } = 5;
}
