using Alerts.Host.SignIn;
using Alerts.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages;

/// <summary>Staff sign in with their login and password; the answer never says whether the login exists.</summary>
[AllowAnonymous]
internal sealed class SignInModel(PasswordSignIn signIn) : PageModel
{
    public string? Error { get; private set; }
    public string? Login { get; private set; }
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl, CancellationToken ct)
    {
        (Login, ReturnUrl) = (login, returnUrl);
        var result = await signIn.SignInAsync(login?.Trim(), password, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(ConsoleSignIn.Scheme,
                    ConsoleSignIn.Principal(result.Account!, result.Stamp, result.MustChangePassword));
                if (result.MustChangePassword) return Redirect(ConsoleSignIn.ChangePasswordPath);
                // Only a path on this site: an open redirect would let a phishing link borrow our sign-in page.
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
            case SignInOutcome.LockedOut:
                Error = $"密码错误次数太多，账号已锁定{(int)PasswordSignIn.Lockout.TotalMinutes}分钟，请稍后再试。";
                break;
            default:
                Error = "账号或密码不对。";
                break;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
