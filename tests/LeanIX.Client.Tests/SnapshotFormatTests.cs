using System.Buffers.Binary;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// The preload snapshot's file format (version 3): shared small objects stored once, connections packed, read back in one pass. What a
/// snapshot gives back must equal a fresh preload, shared objects must stay shared, and an older, newer or damaged
/// file must never be read as if it fitted.
/// </summary>
public sealed class SnapshotFormatTests : IDisposable
{
    /// <summary>Where the format version sits: after the magic string (a length byte and 22 characters).</summary>
    private const int VersionOffset = 23;

    private readonly string _directory = Directory.CreateTempSubdirectory("leanix-snapshot-format-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> Seeds => new() { "demo", "synthetic:300" };

    private static Task<EmulatorHost> StartAsync(string seed) =>
        EmulatorHost.StartAsync(seed, configure: o => { o.RateLimitPerMinute = 0; o.GraphQL.MaxCost = long.MaxValue; });

    private static Dictionary<Guid, string> Contents(LeanIXClient client) =>
        client.CachedFactSheets().Where(f => f.IsLoaded).ToDictionary(f => f.Id, f => f.Data.ToJsonString());

    private static void AssertSame(Dictionary<Guid, string> expected, Dictionary<Guid, string> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, json) in expected) Assert.True(json == actual[id], $"{id} differs:\nexpected {json}\nactual   {actual[id]}");
    }

    private static async Task WriteVersionAsync(string path, int version)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(VersionOffset), version);
        await File.WriteAllBytesAsync(path, bytes);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_snapshot_read_back_equals_the_preload_that_wrote_it(string seed)
    {
        await using var host = await StartAsync(seed);
        var path = Path.Combine(_directory, "round-trip.lxsnap");
        Dictionary<Guid, string> preloaded;
        using (var first = TestClients.For(host))
        {
            await first.PreloadAsync(snapshot: path);
            preloaded = Contents(first);
        }
        Assert.Equal(PreloadSnapshot.FormatVersion, PreloadSnapshot.ReadHeader(path).Version);

        using var second = TestClients.For(host);
        var started = await second.PreloadAsync(snapshot: path);
        Assert.True(started.FromSnapshot);
        AssertSame(preloaded, Contents(second));
    }

    [Fact]
    public async Task An_unchanged_workspace_starts_from_its_snapshot_with_the_two_change_listings_only()
    {
        await using var host = await StartAsync("demo");
        var path = Path.Combine(_directory, "unchanged.lxsnap");
        using (var first = TestClients.For(host)) await first.PreloadAsync(snapshot: path);

        using var second = TestClients.For(host);
        var started = await second.PreloadAsync(snapshot: path);
        Assert.True(started.FromSnapshot);
        Assert.Equal(0, started.Changed);
        Assert.Equal(0, started.Removed);
        Assert.Equal(2, started.Requests);
    }

    [Fact]
    public async Task Small_objects_shared_in_the_preload_are_one_instance_again_when_read_back()
    {
        await using var host = await StartAsync("synthetic:300");
        var path = Path.Combine(_directory, "shared.lxsnap");
        using (var first = TestClients.For(host)) await first.PreloadAsync(snapshot: path);

        var (_, factSheets) = PreloadSnapshot.Read(path, new CompactJsonPool());
        // The tags of a fact sheet are small objects of interned values: equal ones are one instance.
        var tags = factSheets
            .SelectMany(f => CompactJson.Items(f.Data["tags"]).ToArray())
            .GroupBy(t => CompactJson.ToNode(t)!.ToJsonString())
            .Where(g => g.Count() > 1)
            .ToList();
        Assert.NotEmpty(tags);
        foreach (var group in tags) Assert.All(group, t => Assert.Same(group.First(), t));
    }

    [Fact]
    public async Task An_older_format_of_this_workspace_is_replaced_by_a_fresh_preload()
    {
        await using var host = await StartAsync("demo");
        var path = Path.Combine(_directory, "older.lxsnap");
        Dictionary<Guid, string> preloaded;
        using (var first = TestClients.For(host))
        {
            await first.PreloadAsync(snapshot: path);
            preloaded = Contents(first);
        }
        await WriteVersionAsync(path, 1);

        using var second = TestClients.For(host);
        var started = await second.PreloadAsync(snapshot: path);
        Assert.False(started.FromSnapshot);
        AssertSame(preloaded, Contents(second));
        Assert.Equal(PreloadSnapshot.FormatVersion, PreloadSnapshot.ReadHeader(path).Version);
    }

    [Fact]
    public async Task A_newer_or_damaged_snapshot_is_refused_and_left_as_it_is()
    {
        await using var host = await StartAsync("demo");
        var path = Path.Combine(_directory, "refused.lxsnap");
        using (var first = TestClients.For(host)) await first.PreloadAsync(snapshot: path);
        var valid = await File.ReadAllBytesAsync(path);

        await WriteVersionAsync(path, PreloadSnapshot.FormatVersion + 1);
        var newer = await File.ReadAllBytesAsync(path);
        using (var client = TestClients.For(host))
        {
            var error = await Assert.ThrowsAsync<PreloadSnapshotMismatchException>(() => client.PreloadAsync(snapshot: path));
            Assert.Contains("format version", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(newer, await File.ReadAllBytesAsync(path));

        await File.WriteAllBytesAsync(path, valid[..(valid.Length * 2 / 3)]);
        using (var client = TestClients.For(host))
        {
            var error = await Assert.ThrowsAsync<PreloadSnapshotMismatchException>(() => client.PreloadAsync(snapshot: path));
            Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        }
    }
}
