using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.ValueCaching;

/// <summary>Issue 12 item 8: the typed key/value cache next to the fact sheet cache; both enumerable.</summary>
public class ValueCacheTests
{
    [Fact]
    public async Task Values_are_stored_typed_enumerated_in_key_order_and_live_beside_the_fact_sheet_cache()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        lx.Cache.Set("owners", new Dictionary<string, string> { ["ERP"] = "jane@example.com" });
        lx.Cache.Set("run", 3);
        lx.Cache.Set<string?>("note", null);
        Assert.Equal("jane@example.com", lx.Cache.Get<Dictionary<string, string>>("owners")["ERP"]);
        Assert.Equal(3, lx.Cache.Get<int>("run"));
        Assert.Null(lx.Cache.Get<string?>("note"));
        Assert.Equal(["note", "owners", "run"], lx.Cache.Select(kv => kv.Key));
        Assert.Equal(3, lx.Cache.Items.Count);
        Assert.Equal(7, lx.Cache.GetOrAdd("lazy", _ => 7));
        Assert.Equal(7, lx.Cache.GetOrAdd("lazy", _ => 8));

        var missing = Assert.Throws<KeyNotFoundException>(() => lx.Cache.Get<int>("absent"));
        Assert.Contains("absent", missing.Message);
        var wrongType = Assert.Throws<InvalidCastException>(() => lx.Cache.Get<string>("run"));
        Assert.Contains("Int32", wrongType.Message);
        Assert.False(lx.Cache.TryGet<string>("run", out _));

        await lx.PreloadAsync(["Application"]);
        Assert.Equal(lx.CachedFactSheetCount, lx.FactSheetsInCache.Count());
        Assert.Contains(lx.FactSheetsInCache, fs => fs.Type == "Application");
        lx.ClearCache(); // the fact sheet cache only
        Assert.Empty(lx.FactSheetsInCache);
        Assert.Equal(4, lx.Cache.Count);
        Assert.True(lx.Cache.Remove("run"));
        lx.Cache.Clear();
        Assert.Empty(lx.Cache);
    }
}
