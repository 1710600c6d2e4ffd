using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>
/// The login form: the admin from <c>Automation:Admin</c>, a cookie that is HttpOnly and SameSite=Strict. Repeated
/// failures lock the user name and the client address out for a while (<see cref="LoginThrottle"/>): 429, and the
/// password is not even checked.
/// </summary>
public sealed class LoginModel(AdminCredentials credentials, LoginThrottle throttle, TimeProvider clock) : PageModel
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

    /// <summary>Checks the admin's credentials and sets the login cookie, unless the name or address is locked out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await throttle.LockedUntilAsync(UserName, address, cancellationToken).ConfigureAwait(false) is { } until)
        {
            Error = $"Too many failed logins. Try again after {until.ToUniversalTime():HH:mm:ss} UTC.";
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        if (!credentials.Verify(UserName, Password))
        {
            await throttle.RecordFailureAsync(UserName, address, cancellationToken).ConfigureAwait(false);
            Error = "Wrong user or password.";
            Password = null;
            return Page();
        }
        await throttle.RecordSuccessAsync(UserName, address, cancellationToken).ConfigureAwait(false);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, credentials.User)], MenuAuthentication.Scheme);
        await HttpContext.SignInAsync(MenuAuthentication.Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
