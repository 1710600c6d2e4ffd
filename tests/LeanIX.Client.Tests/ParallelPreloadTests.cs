using System.Collections.Concurrent;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// The parallel preload (id listing, then id batches through an adaptive gate) must fill the cache exactly
/// as the sequential full listing does, faults or not.
/// </summary>
public class ParallelPreloadTests
{
    private const string GraphQLPath = "/services/pathfinder/v1/graphql";

    private static Task<EmulatorHost> StartAsync() => EmulatorHost.StartAsync("synthetic:600", configure: o =>
    {
        o.RateLimitPerMinute = 0; // the tests bring their own 429s
        // The full selection of a 1,000 page is over the default cost limit (fixed on the serving side, perf-serve).
        o.GraphQL.MaxCost = long.MaxValue;
    });

    /// <summary>Every fact sheet as the plain sequential listing returns it: one stream, one type after another.</summary>
    private static async Task<Dictionary<string, string>> SequentialAsync(EmulatorHost host)
    {
        using var client = TestClients.For(host);
        var model = await client.DataModel.GetAsync();
        var all = new Dictionary<string, string>();
        foreach (var key in model.Types.Keys)
            await foreach (var node in client.Connection.AllFactSheets(FactSheetSelection.For(model.Type(key)), key))
                all.Add(node["id"]!.GetValue<string>(), node.ToJsonString());
        return all;
    }

    private static Dictionary<string, string> Cached(LeanIXClient client) =>
        client.CachedFactSheets().ToDictionary(f => f.Id.ToString(), f => f.Data.ToJsonString());

    [Fact]
    public async Task Under_a_429_storm_and_5xx_faults_the_cache_equals_a_sequential_listing()
    {
        await using var host = await StartAsync();
        var expected = await SequentialAsync(host);

        using var client = TestClients.For(host);
        client.PreloadBatchSize = 25; // many batches in flight at once on a small workspace
        client.PreloadIdPageSize = 40; // and an id listing of several pages
        var done = new ConcurrentDictionary<string, int>();
        host.Faults.FailNext(GraphQLPath, 429, count: 40, retryAfter: TimeSpan.Zero);
        host.Faults.FailNext(GraphQLPath, 500, count: 6);
        host.Faults.FailNext(GraphQLPath, 503, count: 6);
        await client.PreloadAsync(progress: new InlineProgress(p => { if (p.TypeDone) done.TryAdd(p.Type, p.Loaded); }));

        var actual = Cached(client);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (id, json) in expected) Assert.Equal(json, actual[id]);
        Assert.Equal(expected.Count, done.Values.Sum());
        Assert.True(host.Faults.Hits[GraphQLPath] > expected.Count / 25 + 52, "the faults were met and retried");
    }

    [Fact]
    public async Task Without_faults_the_default_batches_give_the_same_cache()
    {
        await using var host = await StartAsync();
        var expected = await SequentialAsync(host);
        using var client = TestClients.For(host);
        await client.PreloadAsync();
        Assert.Equal(expected, Cached(client));
    }

    private sealed class InlineProgress(Action<PreloadProgress> report) : IProgress<PreloadProgress>
    {
        public void Report(PreloadProgress value) => report(value);
    }
}
