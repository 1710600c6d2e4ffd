using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// <c>PreloadAsync(snapshot:)</c> writes the preloaded workspace to a file and the next run starts from it;
/// <c>RefreshAsync</c> brings it up to date. After scripted changes both must equal a fresh preload exactly.
/// </summary>
public sealed class SnapshotRefreshTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("leanix-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Task<EmulatorHost> StartAsync(string seed = "demo") =>
        EmulatorHost.StartAsync(seed, configure: o => { o.RateLimitPerMinute = 0; o.GraphQL.MaxCost = long.MaxValue; });

    private static Dictionary<Guid, string> Contents(LeanIXClient client) =>
        client.CachedFactSheets().Where(f => f.IsLoaded).ToDictionary(f => f.Id, f => f.Data.ToJsonString());

    private static async Task<Dictionary<Guid, string>> FreshAsync(EmulatorHost host)
    {
        using var fresh = TestClients.For(host);
        await fresh.PreloadAsync();
        return Contents(fresh);
    }

    private static void AssertSame(Dictionary<Guid, string> expected, Dictionary<Guid, string> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, json) in expected) Assert.True(json == actual[id], $"{id} differs:\nexpected {json}\nactual   {actual[id]}");
    }

    /// <summary>Create, update, archive, a relation switch, a tag and a subscription, through another client.</summary>
    private static async Task ChangeAsync(EmulatorHost host)
    {
        using var writer = TestClients.For(host);
        var apps = writer.FactSheets.Of("Application");
        var created = await apps.CreateAsync("Snapshot Probe");
        var erp = await apps.GetAsync("ERP - Global");
        await erp.SetAsync("description", "changed after the snapshot");
        await created.AddRelationAsync("businessCapabilities", (await writer.FactSheets.Of("BusinessCapability").AllAsync())[0]);

        var all = await apps.AllAsync();
        var archived = all.First(a => a.Id != erp.Id && a.Id != created.Id && a.Relations("businessCapabilities").Count > 0);
        await archived.ArchiveAsync("gone since the snapshot");

        var switching = all.First(a => a.Id != archived.Id && a.Relations("businessCapabilities").Count > 0);
        var relation = switching.Relations("businessCapabilities")[0];
        var capabilities = await writer.FactSheets.Of("BusinessCapability").AllAsync();
        var other = capabilities.First(c => c.Id != relation.TargetId && switching.Relations("businessCapabilities").All(r => r.TargetId != c.Id));
        await switching.UpdateAsync([new Patch("replace", $"/{relation.Key}/{relation.Id}", new JsonObject { ["factSheetId"] = other.Id.ToString() }.ToJsonString())]);

        await writer.Tags.UpsertTagGroupAsync("Snapshot Probe Hosting");
        await writer.Tags.UpsertTagAsync("Snapshot Probe Hosting", "Cloud");
        await erp.AddTagAsync("Snapshot Probe Hosting", "Cloud");
        await erp.SubscribeAsync("jane.doe@example.com", "System Owner", "owns it");
    }

    [Fact]
    public async Task A_snapshot_plus_refresh_equals_a_fresh_preload_after_changes()
    {
        await using var host = await StartAsync();
        var path = Path.Combine(_directory, "ws.lxsnap");
        using (var first = TestClients.For(host))
        {
            var stats = await first.PreloadAsync(snapshot: path);
            Assert.False(stats.FromSnapshot);
            Assert.True(File.Exists(path));
            AssertSame(await FreshAsync(host), Contents(first));
        }

        await ChangeAsync(host);

        using var second = TestClients.For(host);
        var started = await second.PreloadAsync(snapshot: path);
        Assert.True(started.FromSnapshot);
        Assert.True(started.Removed >= 1, "the archived fact sheet left");
        Assert.True(started.Changed >= 4, $"the changed fact sheets were read again ({started.Changed})");
        var full = await FreshAsync(host);
        AssertSame(full, Contents(second));

        // And the snapshot written back starts a third run that needs no change read at all.
        // Nothing changed since: the file is left as it is, not written back.
        var written = File.GetLastWriteTimeUtc(path);
        var bytes = await File.ReadAllBytesAsync(path);
        using var third = TestClients.For(host);
        var unchanged = await third.PreloadAsync(snapshot: path);
        Assert.Equal(0, unchanged.Removed);
        AssertSame(full, Contents(third));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Refresh_of_a_live_preload_equals_a_fresh_preload_and_moves_little()
    {
        await using var host = await StartAsync();
        using var client = TestClients.For(host);
        var preload = await client.PreloadAsync();
        await ChangeAsync(host);
        var refresh = await client.RefreshAsync();
        AssertSame(await FreshAsync(host), Contents(client));
        Assert.True(refresh.Bytes < preload.Bytes / 2, $"a refresh reads the changes, not the workspace ({refresh.Bytes} of {preload.Bytes} bytes)");

        var idle = await client.RefreshAsync();
        Assert.Equal(0, idle.Removed);
        Assert.True(idle.Requests <= 3, $"nothing changed: {idle.Requests} requests");
    }

    [Fact]
    public async Task A_snapshot_of_another_workspace_is_refused_with_a_clear_error()
    {
        var path = Path.Combine(_directory, "other.lxsnap");
        await using (var one = await StartAsync())
        using (var client = TestClients.For(one))
            await client.PreloadAsync(["Application"], snapshot: path);

        await using var two = await StartAsync("empty");
        using var other = TestClients.For(two);
        var error = await Assert.ThrowsAsync<PreloadSnapshotMismatchException>(() => other.PreloadAsync(snapshot: path));
        Assert.Contains("workspace", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);

        await File.WriteAllTextAsync(path, "not a snapshot");
        var garbage = await Assert.ThrowsAsync<PreloadSnapshotMismatchException>(() => other.PreloadAsync(snapshot: path));
        Assert.Contains("not a preload snapshot", garbage.Message, StringComparison.Ordinal);
    }
}
