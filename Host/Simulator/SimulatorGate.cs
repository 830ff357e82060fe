using Alerts.Channels.Messages;

namespace Alerts.Host.Simulator;

/// <summary>
/// The simulator exists only where nothing is live: once any provider is configured, its pages and its API answer
/// 404 (a simulated message beside a live channel could make the bot really send, as someone nobody authenticated).
/// </summary>
internal static class SimulatorGate
{
    public static IApplicationBuilder UseSimulatorGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/simulator", StringComparison.OrdinalIgnoreCase) &&
            !context.RequestServices.GetRequiredService<ChannelSenders>().IsSimulated)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await next(context);
    });
}
