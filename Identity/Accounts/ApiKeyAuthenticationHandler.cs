using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Identity.Accounts;

/// <summary>
/// <c>Authorization: Bearer alk_…</c> for /api/*. An unknown, wrong or revoked key is a 401 with a problem body; what
/// the account may do (jurisdiction, department) is decided by the warning rules, which answer 403.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var account = await accounts.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (account is null) return AuthenticateResult.Fail("unknown or revoked API key");
        var identity = new ClaimsIdentity(AccountClaims.From(account), Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            title = "Unauthorized",
            status = 401,
            detail = "需要有效的 API 密钥（Authorization: Bearer alk_…） / A valid API key is required (Authorization: Bearer alk_…)",
        }, options: null, contentType: "application/problem+json");
    }
}
