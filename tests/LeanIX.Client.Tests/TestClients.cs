using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>Clients pointed at an in-process emulator, with short retry delays so fault tests stay fast.</summary>
internal static class TestClients
{
    public static LeanIXClientOptions OptionsFor(EmulatorHost host, Action<LeanIXClientOptions>? configure = null)
    {
        var options = new LeanIXClientOptions
        {
            ApiToken = host.ApiToken,
            Host = host.BaseUrl,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            MaxRetries = 3,
            Timeout = TimeSpan.FromSeconds(30)
        };
        configure?.Invoke(options);
        return options;
    }

    public static LeanIXClient For(EmulatorHost host, Action<LeanIXClientOptions>? configure = null) => new(OptionsFor(host, configure));
}
