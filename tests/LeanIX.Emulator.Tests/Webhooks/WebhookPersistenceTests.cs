using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>With <c>--data</c>, subscriptions, the event log, cursors and event ids survive a restart.</summary>
public sealed class WebhookPersistenceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leanix-webhooks-{Guid.NewGuid():N}.db");

    private EmulatorOptions Options()
    {
        var options = new EmulatorOptions { DataFile = _file };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        return options;
    }

    [Fact]
    public async Task Subscriptions_events_and_the_committed_cursor_survive_a_restart()
    {
        string id;
        long committed, lastId;
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            using var client = new WireClient(first);
            id = await CreatePullAsync(client);
            for (var i = 0; i < 3; i++)
                await client.GraphQLDataAsync($$"""mutation { createFactSheet(input: {name: "Kept {{i}}", type: Application}) { factSheet { id } } }""");
            var events = first.Services.GetRequiredService<WebhookService>().For(first.Workspace).Events;
            committed = events[1].Offset; // the first event is consumed
            lastId = events[^1].Id;
            using var put = await client.SendAsync(HttpMethod.Put, $"services/webhooks/v1/subscriptions/{id}/cursor", new JsonObject { ["offset"] = committed });
            Assert.Equal(200, (int)put.StatusCode);
        }

        await using var second = await EmulatorHost.StartAsync(Options());
        using var again = new WireClient(second);
        var batch = await again.GetJsonAsync($"services/webhooks/v1/subscriptions/{id}/events?timeout=0");
        var names = batch["data"]!["events"]!.AsArray().Select(e => (string?)e!["event"]!["factSheet"]!["name"]).ToList();
        Assert.Equal(["Kept 1", "Kept 2"], names);
        Assert.Equal(committed, (long)batch["data"]!["events"]![0]!["cursor"]!["offset"]!);

        await again.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "After restart", type: Application}) { factSheet { id } } }""");
        var hub = second.Services.GetRequiredService<WebhookService>().For(second.Workspace);
        Assert.True(hub.Events[^1].Id > lastId);
        Assert.Equal(hub.Events[^2].Offset + 1, hub.Events[^1].Offset);
    }

    private static async Task<string> CreatePullAsync(WireClient client)
    {
        using var response = await client.SendAsync(HttpMethod.Post, "services/webhooks/v1/subscriptions", WebhookTestBed.PullBody("persisted"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)response.StatusCode);
        return (string)body["data"]!["id"]!;
    }

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }
}
