using LeanIX.Automation.Hosting;

// The LeanIX Automation Platform host. Without LEANIX_API_TOKEN it starts the demo workspace in-process and
// subscribes itself to it, so `dotnet run --project src/LeanIX.Automation` shows automations working with no set-up.
var builder = WebApplication.CreateBuilder(args);
builder.AddLeanIXAutomation();
// Custom handlers: builder.Services.AddAutomationHandler<MyHandler>();

var app = builder.Build();
app.MapLeanIXWebhooks("/webhooks/leanix");
app.MapInitialSyncStream();
// >>> web menu: app.MapAutomationMenu(); — the configuration menu (src/LeanIX.Automation/Web) is mapped here.
app.Run();

/// <summary>The host's entry point (public for WebApplicationFactory-style tests).</summary>
public partial class Program;
