using Alerts.Channels.Messages;
using Alerts.Store.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Identity.Reach;

/// <summary>The channels' SMS opt-outs, kept in the records (sms_opt_outs, and the person's own flag).</summary>
internal sealed class RecordedSmsOptOuts(ReachabilityStore reachability) : ISmsOptOuts
{
    public Task<bool> IsOptedOutAsync(string phone, CancellationToken ct) => reachability.IsSmsOptedOutAsync(phone, ct);

    public Task RecordProviderOptOutAsync(string phone, CancellationToken ct) =>
        reachability.SetSmsOptOutAsync(phone, true, ct);
}

public static class SmsOptOutsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISmsOptOuts"/> over the records, for the channels' send gate. Needs AddStore.</summary>
    public static IServiceCollection AddSmsOptOuts(this IServiceCollection services)
    {
        services.TryAddSingleton<ISmsOptOuts, RecordedSmsOptOuts>();
        return services;
    }
}
