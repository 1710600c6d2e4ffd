using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>With <c>--data</c>, processor configurations are stored like every other entity kind and survive a restart.</summary>
public sealed class ConfigurationPersistenceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leanix-integrations-{Guid.NewGuid():N}.db");

    private EmulatorOptions Options()
    {
        var options = new EmulatorOptions { DataFile = _file };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        return options;
    }

    [Fact]
    public async Task A_configuration_survives_a_restart_and_runs_afterwards()
    {
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            using var client = new WireClient(first);
            using var put = await client.SendAsync(HttpMethod.Put, IntegrationTestBed.Base + "/configurations", Ldifs.InboundConfiguration());
            Assert.Equal(204, (int)put.StatusCode);
        }

        await using var second = await EmulatorHost.StartAsync(Options());
        using var again = new WireClient(second);
        var listed = (JsonArray)await again.GetJsonAsync(IntegrationTestBed.Base + "/configurations");
        Assert.Equal(Ldifs.ConnectorId, (string?)Assert.Single(listed)!["connectorId"]);
        using var created = await again.SendAsync(HttpMethod.Post, IntegrationTestBed.Base + "/synchronizationRuns?start=true", Ldifs.Ldif(Ldifs.Deployment("d1", "Kept")));
        Assert.Equal(200, (int)created.StatusCode);
        await Eventually.TrueAsync(() => second.Workspace.State.FactSheets.All.Any(f => f.Name == "Kept"), "the run after the restart to write");
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_file + suffix)) File.Delete(_file + suffix);
    }
}
