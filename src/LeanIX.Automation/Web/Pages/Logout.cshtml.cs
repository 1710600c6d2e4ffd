using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>Logging out: a POST with an antiforgery token (a GET does nothing but go back to the dashboard).</summary>
public sealed class LogoutModel : PageModel
{
    /// <summary>Goes back to the dashboard.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Removes the login cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(MenuAuthentication.Scheme).ConfigureAwait(false);
        return LocalRedirect("/login");
    }
}
