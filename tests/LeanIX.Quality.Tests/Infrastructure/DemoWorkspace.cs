using LeanIX.Client;
using LeanIX.Emulator.Hosting;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Quality.Tests.Infrastructure;

/// <summary>An in-process emulator with the demo workspace and a client whose requests are counted; one per test.</summary>
public sealed class DemoWorkspace : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DemoWorkspace(EmulatorHost host, ServiceProvider services, RequestCounter counter)
    {
        Host = host;
        _services = services;
        Counter = counter;
        Client = services.GetRequiredService<LeanIXClient>();
    }

    public EmulatorHost Host { get; }

    public LeanIXClient Client { get; }

    public RequestCounter Counter { get; }

    /// <summary>The emulator's own state: the truth the checkers' findings are compared with.</summary>
    public Emulator.Store.WorkspaceState State => Host.Workspace.State;

    public static async Task<DemoWorkspace> StartAsync(TimeProvider? clock = null)
    {
        var host = await EmulatorHost.StartAsync("demo");
        var counter = new RequestCounter();
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new RequestCounter.Handler(counter)));
        services.AddLeanIX(o =>
        {
            o.ApiToken = host.ApiToken;
            o.Host = host.BaseUrl;
            o.RetryDelay = TimeSpan.FromMilliseconds(50);
            o.Timeout = TimeSpan.FromSeconds(30);
            o.RequestsPerMinute = 60_000; // the to-do sync writes one to-do per gap; the emulator is local
        });
        return new DemoWorkspace(host, services.BuildServiceProvider(), counter);
    }

    public Task<QualityWorkspace> LoadAsync(TimeProvider? clock = null) => QualityWorkspace.LoadAsync(Client, clock: clock);

    public async Task<QualityResult> RunAsync(string checkersJson = "{}")
    {
        var workspace = await LoadAsync();
        var checkers = QualityCheckerRegistry.CreateDefault().Create(System.Text.Json.Nodes.JsonNode.Parse(checkersJson)!.AsObject(), workspace.Model);
        return QualityRunner.Run(workspace, checkers);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Host.DisposeAsync();
    }
}
