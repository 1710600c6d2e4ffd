using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Store;

EmulatorOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (StartupException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

WebApplication app;
try
{
    app = EmulatorApp.Build(options);
}
catch (StartupException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var suppliedTokens = CommandLine.SuppliedTokens(args);
await app.StartAsync();
var baseUrl = EmulatorHost.BaseUrlOf(app);
Console.WriteLine($"LeanIX emulator listening on {baseUrl}");
foreach (var ws in app.Services.GetRequiredService<WorkspaceRegistry>().All)
{
    Console.WriteLine($"  workspace '{ws.Name}' id {ws.Id}: {ws.State.FactSheets.Count} fact sheets, data model {(ws.Model.IsV3 ? "v3" : "v4")}");
    foreach (var token in ws.ApiTokens.Keys)
    {
        // Only tokens the emulator made up itself are printed; one the user chose stays secret.
        Console.WriteLine(suppliedTokens.Contains(token) ? "    API token: the one given on the command line or in the config file" : $"    API token: {token}");
    }
}
Console.WriteLine($"  e.g. LEANIX_HOST={baseUrl} LEANIX_API_TOKEN=<token above>. Press Ctrl+C to stop.");
await app.WaitForShutdownAsync();
return 0;
