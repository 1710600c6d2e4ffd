using LeanIX.Automation.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LeanIX.Automation.Web;

/// <summary>
/// The web configuration menu: <c>builder.AddAutomationMenu()</c> registers it (Razor Pages under <c>Web/Pages</c>, its
/// cookie login, antiforgery), <c>app.MapAutomationMenu()</c> maps its pages and the live log of initial syncs.
/// </summary>
public static class AutomationMenuExtensions
{
    /// <summary>Registers the menu. The admin comes from <c>Automation:Admin</c> (<see cref="MenuAdminOptions"/>).</summary>
    public static WebApplicationBuilder AddAutomationMenu(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MenuAdminOptions>().Bind(builder.Configuration.GetSection(MenuAdminOptions.Section));
        services.AddSingleton<AdminCredentials>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<CspNonce>();

        services.AddAuthentication()
            .AddCookie(MenuAuthentication.Scheme, options =>
            {
                options.Cookie.Name = MenuAuthentication.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the menu is served over HTTPS; the demo runs on plain loopback HTTP.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/login";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    // The live log is fetched by EventSource: answer 401 instead of a redirect to the login form.
                    OnRedirectToLogin = context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/automations") && context.Request.Path.Value!.EndsWith("/sync/log", StringComparison.Ordinal))
                            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        else
                            context.Response.Redirect(context.RedirectUri);
                        return Task.CompletedTask;
                    }
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(MenuAuthentication.Policy, policy => policy.AddAuthenticationSchemes(MenuAuthentication.Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = MenuAuthentication.AntiforgeryCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            options.Conventions.AuthorizeFolder("/", MenuAuthentication.Policy);
            options.Conventions.AllowAnonymousToPage("/Login");
        }).AddMvcOptions(options => options.Filters.Add<SecurityHeadersFilter>());
        return builder;
    }

    /// <summary>
    /// Maps the menu's pages (<c>/</c>, <c>/automations/{id}</c>, <c>/dead-letters</c>, <c>/login</c>, <c>/logout</c>) and
    /// <c>GET /automations/{id}/sync/log</c>, and writes the demo's one-time admin password to
    /// <c>admin-password.txt</c> next to the host's database (owner-only), printing that file's path once.
    /// </summary>
    public static WebApplication MapAutomationMenu(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        app.MapGet(LiveLogEndpoint.Pattern, LiveLogEndpoint.Stream).RequireAuthorization(MenuAuthentication.Policy);
        var database = app.Services.GetRequiredService<IOptions<AutomationOptions>>().Value.DatabasePath;
        var passwordFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "admin-password.txt");
        app.Services.GetRequiredService<AdminCredentials>().AnnounceDemoPassword(Console.Out, passwordFile);
        return app;
    }
}
