using LeanIX.Client;
using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

// With LEANIX_API_TOKEN (and LEANIX_HOST) set this runs against that workspace (its model should match
// the checked-in snapshot); without, against the emulator's demo workspace started in-process.
EmulatorHost? emulator = null;
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LEANIX_API_TOKEN")))
{
    emulator = await EmulatorHost.StartAsync("demo");
    Console.WriteLine($"No LEANIX_API_TOKEN set: using the demo workspace of an in-process emulator at {emulator.BaseUrl}");
    Lx.Connect(apiToken: emulator.ApiToken, host: emulator.BaseUrl);
}
else
{
    Lx.Connect();
}

try
{
    TypedQuickstart.Run(Lx.Current, args.FirstOrDefault() ?? "ERP - Global");
    return 0;
}
catch (LeanIXRequestFailedException e)
{
    Console.Error.WriteLine($"LeanIX request failed: {e.Message}");
    return 1;
}
finally
{
    Lx.Current.Dispose();
    if (emulator is not null) await emulator.DisposeAsync();
}
