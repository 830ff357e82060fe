using Alerts.Broadcast;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Api;

/// <summary>
/// The one gate of the officials' API groups (incidents, hazard points, shelters, monitoring): bearer keys, and only
/// officials' and admins' — a grid worker's key is refused with the group's own words. An endpoint marked
/// <see cref="GridWorkersMayCall"/> lets a grid worker through to its own rules.
/// </summary>
internal static class OfficialsOnly
{
    public static RouteGroupBuilder MapOfficialsGroup(this IEndpointRouteBuilder app, string prefix, string chinese, string english)
    {
        var group = app.MapGroup(prefix).RequireAuthorization(ApiKeyAuthentication.Policy);
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.User.ToAccount().IsOfficialOrAdmin()
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<GridWorkersMayCall>() is not null
                ? await next(context)
                : Problems.From(Refusal.Forbidden(chinese, english)));
        return group;
    }
}
