namespace LeanIX.Automation.Web;

/// <summary>
/// The menu's admin login, section <c>Automation:Admin</c>. The hash is what ASP.NET Core Identity's
/// <c>PasswordHasher</c> makes; make one with <c>dotnet run --project src/LeanIX.Automation -- hash-password</c> and
/// keep it in user secrets or the environment (<c>Automation__Admin__PasswordHash</c>).
/// </summary>
public sealed class MenuAdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Automation:Admin";

    /// <summary>The admin's user name.</summary>
    public string User { get; set; } = "admin";

    /// <summary>
    /// The admin's password hash (Identity v3 format). Without one, the demo workspace gets a one-time password in an owner-only file at
    /// start-up, and a host against a real workspace refuses every login.
    /// </summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// Failed logins allowed per user name and per client address within <see cref="FailedLoginWindow"/>; the next one
    /// locks that name or address out for <see cref="LockoutDuration"/>.
    /// </summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long failed logins count.</summary>
    public TimeSpan FailedLoginWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a locked-out user name or address is refused, even with the right password.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
