using LeanIX.Emulator.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// An emulator started in-process on a free loopback port: what tests, samples and benchmarks use.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Registry = app.Services.GetRequiredService<WorkspaceRegistry>();
    }

    /// <summary>The emulator's base URL, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; }

    public WorkspaceRegistry Registry { get; }

    public Workspace Workspace => Registry.Default;

    /// <summary>The first API token of the default workspace.</summary>
    public string ApiToken => Workspace.ApiTokens.Keys.First();

    public IServiceProvider Services => _app.Services;

    /// <summary>Queue faults for the next requests (tests of retry behaviour).</summary>
    public FaultInjector Faults => _app.Services.GetRequiredService<FaultInjector>();

    /// <summary>Starts an emulator; <see cref="EmulatorOptions.Urls"/> is replaced by a free loopback port.</summary>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Urls = "http://127.0.0.1:0";
        var app = EmulatorApp.Build(options, clock, logging => logging.ClearProviders());
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new EmulatorHost(app, BaseUrlOf(app));
    }

    /// <summary>Convenience: one workspace with the given seed (and optional data model).</summary>
    public static Task<EmulatorHost> StartAsync(string seed, string? dataModel = null, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = seed, DataModel = dataModel });
        configure?.Invoke(options);
        return StartAsync(options);
    }

    public static string BaseUrlOf(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no address.");
        return addresses.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
