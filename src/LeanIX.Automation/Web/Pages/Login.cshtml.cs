using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>The login form: the admin from <c>Automation:Admin</c>, a cookie that is HttpOnly and SameSite=Strict.</summary>
public sealed class LoginModel(AdminCredentials credentials) : PageModel
{
    /// <summary>The user name typed.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>The password typed (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after logging in (only a local path is followed).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the login failed, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether any login can succeed.</summary>
    public bool IsConfigured => credentials.IsConfigured;

    /// <summary>Whether the password is the demo's one-time password.</summary>
    public bool IsDemo => credentials.IsDemoPassword;

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the admin's credentials and sets the login cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!credentials.Verify(UserName, Password))
        {
            Error = "Wrong user or password.";
            Password = null;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, credentials.User)], MenuAuthentication.Scheme);
        await HttpContext.SignInAsync(MenuAuthentication.Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
