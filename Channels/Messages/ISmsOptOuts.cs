namespace Alerts.Channels.Messages;

/// <summary>
/// Where SMS opt-outs are kept (STOP, TD, 退订 from the person, or the provider saying so). Channels ask it before
/// texting and tell it what a provider reported; the application keeps it in its records.
/// </summary>
public interface ISmsOptOuts
{
    Task<bool> IsOptedOutAsync(string phone, CancellationToken ct);

    /// <summary>The provider refused the number as opted out: remember it until the person sends START or 订阅.</summary>
    Task RecordProviderOptOutAsync(string phone, CancellationToken ct);
}
