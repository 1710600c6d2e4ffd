using System.Net;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>
/// The real host (Program) on Kestrel at 127.0.0.1 with a free port, its own database in a temp folder, the demo
/// workspace (no token), an admin whose hash was made with <see cref="HashPasswordCommand"/>, and
/// <see cref="LiveLogProbeHandler"/> registered. One per test class instance: parallel-safe.
/// </summary>
// Program is ambiguous (the emulator has one too); any type of the host's assembly names its entry point.
internal sealed class MenuHost : WebApplicationFactory<AutomationOptions>
{
    public const string AdminUser = "menu-admin";

    private readonly string _folder = Directory.CreateTempSubdirectory("leanix-menu-").FullName;

    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="configureServices">Replaces services after the host's own (e.g. a fake clock).</param>
    public MenuHost(Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>A fresh random password per host, so no test shares a secret with another.</summary>
    public string AdminPassword { get; } = $"pw-{Guid.NewGuid():N}";

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public MenuClient NewClient() => new(BaseAddress);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Automation:DatabasePath", Path.Combine(_folder, "automation.db"));
        builder.UseSetting("Automation:LeanIX:Demo", "true"); // even where LEANIX_API_TOKEN is set
        builder.UseSetting("Automation:Admin:User", AdminUser);
        builder.UseSetting("Automation:Admin:PasswordHash", HashPasswordCommand.Hash(AdminPassword));
        builder.ConfigureLogging(logging => logging.ClearProviders());
        // Quick retries, so a failing event reaches the dead letters within a test.
        builder.UseSetting("Automation:Processing:MaxAttempts", "2");
        builder.UseSetting("Automation:Processing:Backoff", "00:00:00.020");
        builder.UseSetting("Automation:Processing:MaxBackoff", "00:00:00.100");
        builder.UseSetting("Automation:Processing:IdleDelay", "00:00:00.100");
        builder.ConfigureServices(services => services
            .AddAutomationHandler<LiveLogProbeHandler>()
            .AddSingleton<SwitchableFailureHandler>()
            .AddSingleton<EventHandler>(sp => sp.GetRequiredService<SwitchableFailureHandler>()));
        if (_configureServices is not null) builder.ConfigureServices(_configureServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) TryDeleteFolder();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDeleteFolder();
    }

    private void TryDeleteFolder()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* SQLite may still hold the file on a slow shutdown; the temp folder is left */ }
    }
}
