namespace LeanIX.Automation.Web;

/// <summary>The menu's own cookie scheme and policy, named so they never become the defaults of the webhook endpoints.</summary>
public static class MenuAuthentication
{
    /// <summary>The cookie authentication scheme.</summary>
    public const string Scheme = "AutomationMenu";

    /// <summary>The authorization policy every menu page and the live log require.</summary>
    public const string Policy = "AutomationMenuAdmin";

    /// <summary>The login cookie's name.</summary>
    public const string CookieName = "LeanIX.Automation.Menu";

    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "LeanIX.Automation.Antiforgery";
}
