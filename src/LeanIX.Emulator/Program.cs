using LeanIX.Emulator.Hosting;

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

await app.StartAsync();
var baseUrl = EmulatorHost.BaseUrlOf(app);
Console.WriteLine($"LeanIX emulator listening on {baseUrl}");
foreach (var ws in app.Services.GetRequiredService<WorkspaceRegistry>().All)
{
    // The printed token is the emulator's own demo credential, not a user's secret.
    Console.WriteLine($"  workspace '{ws.Name}' id {ws.Id}: {ws.State.FactSheets.Count} fact sheets, data model {(ws.Model.IsV3 ? "v3" : "v4")}");
    foreach (var token in ws.ApiTokens.Keys) Console.WriteLine($"    API token: {token}");
}
Console.WriteLine($"  e.g. LEANIX_HOST={baseUrl} LEANIX_API_TOKEN=<token above>. Press Ctrl+C to stop.");
await app.WaitForShutdownAsync();
return 0;
