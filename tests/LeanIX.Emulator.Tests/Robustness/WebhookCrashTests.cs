using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Webhooks;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>
/// Issue 9: "after a SIGKILL, one committed change had no webhook event". A crash between the core commit
/// and the events is simulated by committing through a workspace without the webhooks service on the same
/// data file; on the next start its events are made from the durable change log.
/// </summary>
public sealed class WebhookCrashTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leanix-crash-{Guid.NewGuid():N}.db");

    private EmulatorOptions Options()
    {
        var options = new EmulatorOptions { DataFile = _file, RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        return options;
    }

    [Fact]
    public async Task A_change_committed_without_its_events_gets_them_on_the_next_start()
    {
        string id;
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            using var client = new WireClient(first);
            using var response = await client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", WebhookTestBed.PullBody("crash"));
            id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["id"]!;
            await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "Before the crash", type: Application}) { factSheet { id } } }""");
        }

        // The "crashed" process: the change reaches SQLite, its events never do.
        using (var store = SqliteStore.Open(_file))
        {
            var workspace = WorkspaceFactory.Open(Options().EffectiveWorkspaces()[0], store, TimeProvider.System);
            var tx = workspace.Begin(null);
            var fs = new FactSheet { Id = Guid.NewGuid(), Name = "Committed, then killed", Type = "Application" };
            tx.Add(fs, EventTypes.FactSheetCreated, fs.Id);
            workspace.Commit(tx);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var second = await EmulatorHost.StartAsync(Options());
        using var again = new WireClient(second);
        var batch = await again.GetJsonAsync($"services/webhooks/v1/subscriptions/{id}/events?timeout=0");
        var names = batch["data"]!["events"]!.AsArray().Select(e => (string?)e!["event"]!["factSheet"]?["name"]).ToList();
        Assert.Equal(["Before the crash", "Committed, then killed"], names);

        // A third start makes nothing twice.
        await second.DisposeAsync();
        await using var third = await EmulatorHost.StartAsync(Options());
        using var once = new WireClient(third);
        var again2 = await once.GetJsonAsync($"services/webhooks/v1/subscriptions/{id}/events?timeout=0");
        Assert.Equal(2, again2["data"]!["events"]!.AsArray().Count);
    }

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }
}
