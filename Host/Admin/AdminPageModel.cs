using Alerts.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Admin;

/// <summary>
/// The base of the admins' pages (accounts, binding codes, rosters, audit): every handler, GET or POST, answers 403 to
/// anyone but an admin before it runs. The Identity operations check the role again; this keeps the pages honest too.
/// </summary>
internal abstract class AdminPageModel : PageModel
{
    /// <summary>The signed-in admin.</summary>
    protected Account Admin => User.ToAccount();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (User.ToAccount().Role != AccountRoles.Admin)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden, ContentType = "text/plain; charset=utf-8",
                Content = "只有管理员可以使用此页面。",
            };
            return;
        }
        await next();
    }

    /// <summary>Pages that show a secret once must not leave it in any cache.</summary>
    protected void NoStore() => Response.Headers.CacheControl = "no-store";
}
