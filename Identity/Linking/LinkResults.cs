using Alerts.Store.People;

namespace Alerts.Identity.Linking;

/// <summary>What asking for a link code led to. Asked is said the same way whether or not a code went out.</summary>
public enum LinkRequestOutcome
{
    /// <summary>Recorded; a code went to the number if it is a registered villager's and no limit was reached.</summary>
    Asked,
    /// <summary>This address asked too often, or ran out of tries: nothing recorded, nothing sent.</summary>
    TooOften,
}

public enum LinkCheckOutcome
{
    Linked,
    Wrong,
    /// <summary>The tries ran out: the address is cooled down.</summary>
    Locked,
    /// <summary>No live code for this address (never asked, used, or expired).</summary>
    Expired,
}

/// <summary>The result of checking a code: the person linked, or how many tries are left.</summary>
public sealed record LinkCheck(LinkCheckOutcome Outcome, Person? Person = null, int TriesLeft = 0);
