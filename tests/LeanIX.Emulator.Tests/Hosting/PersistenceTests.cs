using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Hosting;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leanix-emulator-{Guid.NewGuid():N}.db");

    private EmulatorOptions Options(string seed = "empty")
    {
        var options = new EmulatorOptions { DataFile = _file };
        options.Workspaces.Add(new WorkspaceConfig { Seed = seed, DataModel = "v3" });
        return options;
    }

    [Fact]
    public async Task A_seeded_history_longer_than_the_in_memory_log_survives_a_restart()
    {
        // D87: every seeded fact sheet has its creation event; the in-memory log keeps only the newest records.
        await using (var first = await EmulatorHost.StartAsync(Options("synthetic:1500"))) { }
        await using var second = await EmulatorHost.StartAsync(Options("synthetic:1500"));
        var state = second.Workspace.State;
        Assert.Equal(1500, state.FactSheets.Count);
        Assert.All(state.FactSheets.All, fs => Assert.Single(state.ChangesOf(fs.Id), r => r.EventType == EventTypes.FactSheetCreated));
    }

    [Fact]
    public async Task A_change_survives_a_restart_and_the_seed_is_not_applied_twice()
    {
        var id = Guid.NewGuid();
        int roles, users;
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            roles = first.Workspace.State.SubscriptionRoles.All.Count();
            users = first.Workspace.State.Users.All.Count();
            Assert.True(roles > 0);
            using (await first.Workspace.LockAsync())
            {
                var tx = first.Workspace.Begin(null);
                tx.FactSheets.Add(new FactSheet { Id = id, Type = "Application", Name = "Persisted App", Description = "kept on disk" });
                first.Workspace.Commit(tx);
            }
        }
        Assert.True(File.Exists(_file));

        await using var second = await EmulatorHost.StartAsync(Options());
        var app = second.Workspace.State.FactSheets.Get(id);
        Assert.NotNull(app);
        Assert.Equal("Persisted App", app.Name);
        Assert.Equal("kept on disk", app.Description);
        Assert.Single(second.Workspace.State.FactSheets.All);
        Assert.Equal(roles, second.Workspace.State.SubscriptionRoles.All.Count());
        Assert.Equal(users, second.Workspace.State.Users.All.Count());

        // The same API token still works after the restart.
        using var client = new WireClient(second);
        await client.AccessTokenAsync();
    }

    [Fact]
    public async Task A_replaced_data_model_survives_a_restart()
    {
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            using var client = new WireClient(first);
            using var put = await client.SendAsync(HttpMethod.Put, "services/pathfinder/v1/models/dataModel?force=true",
                DataModel.LoadBuiltIn("v4").Envelope["data"]!.DeepClone());
            Assert.True(put.IsSuccessStatusCode);
        }
        await using var second = await EmulatorHost.StartAsync(Options());
        Assert.False(second.Workspace.Model.IsV3);
        using var again = new WireClient(second);
        var model = await again.GetJsonAsync("services/pathfinder/v1/models/dataModel");
        Assert.True(JsonNode.DeepEquals(DataModel.LoadBuiltIn("v4").Envelope["data"], model["data"]));
    }

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
            if (File.Exists(path)) File.Delete(path);
    }
}
