using System.Security.Claims;
using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Alerts.Host.SignIn;

/// <summary>
/// Closed by default: every page needs a signed-in staff account (cookie, sliding expiry); anonymous browsers get the
/// sign-in page, /health, the webhooks (checked by signature) and static assets. /api/* keeps its bearer keys and
/// answers 401 problem details, never a redirect. A cookie stops working when the account is revoked or its password
/// changes; an account with a one-time password can do nothing but choose its own.
/// </summary>
internal static class ConsoleSignIn
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string StampClaim = "alerts:stamp";
    public const string MustChangeClaim = "alerts:must_change";
    public const string SignInPath = "/signin";
    public const string ChangePasswordPath = "/account/password";
    /// <summary>The header the simulator's script sends its antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static IServiceCollection AddConsoleSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.LoginPath = SignInPath;
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = SignInPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "alerts.signin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "alerts.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Authentication, authorization, and "choose your own password first" for one-time passwords.</summary>
    public static IApplicationBuilder UseConsoleSignIn(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.FindFirst(MustChangeClaim)?.Value == "1" &&
                !path.StartsWithSegments(ChangePasswordPath) && !path.StartsWithSegments("/signout") && !path.StartsWithSegments("/assets"))
            {
                if (HttpMethods.IsGet(context.Request.Method)) context.Response.Redirect(ChangePasswordPath);
                else context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
        });
    }

    public static ClaimsPrincipal Principal(Account account, string? stamp, bool mustChange) =>
        new(new ClaimsIdentity(
        [
            .. AccountClaims.From(account), new Claim(StampClaim, stamp ?? ""), new Claim(MustChangeClaim, mustChange ? "1" : "0"),
        ], Scheme));

    /// <summary>Scripts and other non-page requests get a status, not a redirect to a page they cannot show.</summary>
    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && !request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
            context.Response.Redirect(context.RedirectUri);
        else
            context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || !long.TryParse(id, out var accountId) ||
            !await context.HttpContext.RequestServices.GetRequiredService<PasswordSignIn>()
                .IsCurrentAsync(accountId, user.FindFirstValue(StampClaim), context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
