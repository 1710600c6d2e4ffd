using LeanIX.Client;
using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

/// <summary>
/// What every sample does around its examples: with LEANIX_API_TOKEN (and LEANIX_HOST) set it connects
/// to that workspace; without, it starts the emulator's demo workspace in-process, so a sample works on
/// a fresh machine with no set-up. Linked into each sample project.
/// </summary>
internal static class SampleRunner
{
    public static async Task<int> RunAsync(Action<LeanIXClient> examples)
    {
        EmulatorHost? emulator = null;
        try
        {
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
            examples(Lx.Current);
            return 0;
        }
        catch (LeanIXRequestFailedException e)
        {
            Console.Error.WriteLine($"LeanIX request failed: {e.Message}");
            return 1;
        }
        finally
        {
            try { Lx.Current.Dispose(); } catch (InvalidOperationException) { /* never connected */ }
            if (emulator is not null) await emulator.DisposeAsync();
        }
    }
}
