using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class CachingAndPreloadTests
{
    private static int Requests(EmulatorHost host) => host.Faults.Hits.Values.Sum();

    [Fact]
    public async Task After_a_preload_reads_and_navigation_make_no_request()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var progress = new List<PreloadProgress>();
        await client.PreloadAsync(progress: new SynchronousProgress<PreloadProgress>(progress.Add));
        Assert.Contains(progress, p => p.Type == "Application" && p.TypeDone && p.Loaded > 0);
        var model = await client.DataModel.GetAsync();
        Assert.Equal(model.Types.Count, progress.Count(p => p.TypeDone));

        var before = Requests(host);
        var holding = client.FactSheets.Of("UserGroup").Get("Acme Holding SE");
        var chain = holding.Relations("applications").SelectMany(a => a.Relations("itComponents")).SelectMany(c => c.Relations("providers")).ToList();
        Assert.NotEmpty(chain);
        var apps = client.FactSheets.Of("Application").All();
        Assert.All(apps, a => Assert.True(a.IsLoaded));
        _ = apps.Select(a => (a["lifecycle"], a.SubscriptionsByRole, a.TagsByGroup, a.Documents)).ToList();
        Assert.Equal(before, Requests(host));
    }

    [Fact]
    public async Task A_preloaded_list_reads_again_only_what_a_write_made_stale()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await client.PreloadAsync(["Application", "BusinessCapability"]);
        var app = await client.FactSheets.Of("Application").GetAsync("ERP - Global");
        var finance = await client.FactSheets.Of("BusinessCapability").GetAsync("Finance");
        var before = finance.Relations("applications").Count;
        var created = await client.FactSheets.Of("Application").CreateAsync("Stale Probe");
        await created.AddRelationAsync("businessCapabilities", finance);
        Assert.False(finance.IsLoaded);

        var requests = Requests(host);
        var capabilities = await client.FactSheets.Of("BusinessCapability").AllAsync();
        Assert.All(capabilities, c => Assert.True(c.IsLoaded));
        Assert.Equal(requests + 1, Requests(host)); // the one stale fact sheet, nothing else
        Assert.Equal(before + 1, Assert.Single(capabilities, c => c.Id == finance.Id).Relations("applications").Count);
        Assert.Same(app, await client.FactSheets.Of("Application").GetAsync("ERP - Global"));
    }

    [Fact]
    public async Task Preloading_chosen_types_only_loads_those()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await client.PreloadAsync(["Provider"]);
        var before = Requests(host);
        var providers = client.FactSheets.Of("Provider").All();
        Assert.Equal(before, Requests(host)); // answered from memory
        var expected = host.Workspace.State.FactSheets.All.Where(f => f.Type == "Provider" && f.IsActive).Select(f => f.Id).Order();
        Assert.Equal(expected, providers.Select(p => p.Id).Order());
        Assert.All(providers, p => Assert.True(p.IsLoaded));
        // Other types are at most references (the far ends of provider relations), never loaded in full.
        Assert.DoesNotContain(client.CachedFactSheets(), f => f.Type != "Provider" && f.IsLoaded);
        client.FactSheets.Of("Application").All();
        Assert.True(Requests(host) > before, "a type that was not preloaded must be fetched");
    }

    [Fact]
    public async Task Caching_on_keeps_one_instance_per_id_and_off_always_fetches()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using (var cached = TestClients.For(host))
        {
            var a = await cached.FactSheets.Of("Application").GetAsync("LeanIX");
            Assert.Same(a, await cached.FactSheets.Of("Application").GetAsync(a.Id.ToString()));
            cached.ClearCache();
            Assert.NotSame(a, await cached.FactSheets.Of("Application").GetAsync(a.Id.ToString()));
        }
        using var uncached = TestClients.For(host, o => o.Caching = Caching.Off);
        var first = await uncached.FactSheets.Of("Application").GetAsync("LeanIX");
        var before = Requests(host);
        var second = await uncached.FactSheets.Of("Application").GetAsync(first.Id.ToString());
        Assert.NotSame(first, second);
        Assert.True(Requests(host) > before);
        Assert.Equal(0, uncached.CachedFactSheetCount);
    }

    [Fact]
    public async Task Run_markers_remember_named_runs_until_cleared()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        Assert.False(client.RunMarkers.IsDone("nightly"));
        client.RunMarkers.MarkDone("nightly");
        Assert.True(client.RunMarkers.IsDone("nightly"));
        client.RunMarkers.Clear();
        Assert.False(client.RunMarkers.IsDone("nightly"));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports in hand when the call returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock _lock = new();

        public void Report(T value)
        {
            lock (_lock) report(value);
        }
    }
}
