using System.Security.Claims;
using Alerts.Host.SignIn;
using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Account;

/// <summary>Choose a password: required after a one-time password, available any time after.</summary>
internal sealed class PasswordModel(PasswordSignIn signIn) : PageModel
{
    public bool MustChange => User.FindFirstValue(ConsoleSignIn.MustChangeClaim) == "1";
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? chosen, string? again, CancellationToken ct)
    {
        if (chosen != again)
        {
            Error = "两次输入的新密码不一样。";
            return Page();
        }
        var account = User.ToAccount();
        var (error, stamp) = await signIn.ChangePasswordAsync(account.Id, current, chosen, ct);
        if (error is not null)
        {
            Error = error;
            return Page();
        }
        // A new stamp: other sessions of this account end; this one goes on with the new cookie.
        await HttpContext.SignInAsync(ConsoleSignIn.Scheme, ConsoleSignIn.Principal(account, stamp, mustChange: false));
        return Redirect("/");
    }
}
