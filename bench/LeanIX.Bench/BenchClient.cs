using LeanIX.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Bench;

/// <summary>A fresh client on its own services, with a counter of its requests and response bytes.</summary>
internal sealed class BenchClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public BenchClient(EmulatorProcess emulator)
    {
        var services = new ServiceCollection();
        services.AddLeanIX(o => { o.ApiToken = emulator.ApiToken; o.Host = emulator.BaseUrl; });
        services.AddHttpClient("LeanIX.Api").AddHttpMessageHandler(() => Traffic);
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<LeanIXClient>();
    }

    public TrafficCounter Traffic { get; } = new();
    public LeanIXClient Client { get; }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
