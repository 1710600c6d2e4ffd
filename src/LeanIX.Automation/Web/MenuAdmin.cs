namespace LeanIX.Automation.Web;

/// <summary>The menu's one user, as <c>PasswordHasher&lt;T&gt;</c> wants a user type (the v3 hash does not use it).</summary>
/// <param name="User">The user name.</param>
public sealed record MenuAdmin(string User);
