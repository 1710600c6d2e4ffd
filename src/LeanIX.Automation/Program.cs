using LeanIX.Automation.Hosting;
using LeanIX.Automation.Web;

// The LeanIX Automation Platform host. Without LEANIX_API_TOKEN it starts the demo workspace in-process and
// subscribes itself to it, so `dotnet run --project src/LeanIX.Automation` shows automations working with no set-up.
if (HashPasswordCommand.TryRun(args, Console.In, Console.Out, Console.Error, !Console.IsInputRedirected)) return; // the menu admin's hash
var builder = WebApplication.CreateBuilder(args);
builder.AddLeanIXAutomation();
builder.AddAutomationMenu();
// Custom handlers: builder.Services.AddAutomationHandler<MyHandler>();

var app = builder.Build();
app.MapLeanIXWebhooks("/webhooks/leanix");
app.MapAutomationMenu(); // the configuration menu (src/LeanIX.Automation/Web)
app.Run();

/// <summary>The host's entry point (public for WebApplicationFactory-style tests).</summary>
public partial class Program;
