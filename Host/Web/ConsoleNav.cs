using System.Security.Claims;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Web;

/// <summary>The console's areas in the order of the main navigation, each shown only to the roles that work in it.</summary>
internal static class ConsoleNav
{
    internal sealed record Link(string Area, string Href, string Label);

    private static readonly (Link Link, string[] Roles)[] Areas =
    [
        (new Link("warnings", "/warnings", "预警"), [AccountRoles.Official, AccountRoles.Admin]),
        (new Link("reports", "/reports", "灾情报告"), AccountRoles.All),
        (new Link("incidents", "/incidents", "灾情事件"), [AccountRoles.Official, AccountRoles.Admin]),
        (new Link("incidents", "/incidents/statistics", "灾情统计"), [AccountRoles.Official, AccountRoles.Admin]),
        (new Link("help", "/help", "求助"), AccountRoles.All),
        (new Link("cases", "/cases", "监测对象"), AccountRoles.All),
        // As the households API: records carry incomes, so grid workers' accounts do not read them.
        (new Link("households", "/households", "农户档案"), [AccountRoles.Official, AccountRoles.Admin]),
        (new Link("hazard-points", "/hazard-points", "隐患点"), [AccountRoles.Official, AccountRoles.Admin]),
        (new Link("accounts", "/accounts", "账号"), [AccountRoles.Admin]),
        (new Link("rosters", "/rosters", "值班表"), [AccountRoles.Admin]),
        (new Link("audit", "/audit", "操作记录"), [AccountRoles.Admin]),
    ];

    public static IEnumerable<Link> For(ClaimsPrincipal user)
    {
        var role = user.FindFirstValue(ClaimTypes.Role);
        return Areas.Where(a => role is not null && a.Roles.Contains(role)).Select(a => a.Link);
    }
}
