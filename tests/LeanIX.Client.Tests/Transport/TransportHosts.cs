using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Transport;

/// <summary>One emulator hosting two workspaces, <c>sandbox</c> and <c>production</c>, each with its own API token.</summary>
internal sealed class TransportHosts : IAsyncDisposable
{
    public const string SandboxToken = "LXemuTransportSandboxToken00000000000000";
    public const string ProductionToken = "LXemuTransportProductionToken00000000000";

    private TransportHosts(EmulatorHost host)
    {
        Host = host;
        Sandbox = TestClients.For(host, o => o.ApiToken = SandboxToken);
        Production = TestClients.For(host, o => o.ApiToken = ProductionToken);
    }

    public EmulatorHost Host { get; }

    public LeanIXClient Sandbox { get; }

    public LeanIXClient Production { get; }

    /// <summary>Starts both workspaces empty; <paramref name="sandboxDataModel"/> lets the sandbox run another data model version.</summary>
    public static async Task<TransportHosts> StartAsync(string sandboxDataModel = "v4", string productionDataModel = "v4")
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Name = "sandbox", Seed = "empty", DataModel = sandboxDataModel, ApiTokens = [SandboxToken] });
        options.Workspaces.Add(new WorkspaceConfig { Name = "production", Seed = "empty", DataModel = productionDataModel, ApiTokens = [ProductionToken] });
        return new TransportHosts(await EmulatorHost.StartAsync(options));
    }

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        Production.Dispose();
        await Host.DisposeAsync();
    }
}
