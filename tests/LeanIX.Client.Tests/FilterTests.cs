using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class FilterTests
{
    [Fact]
    public async Task Facets_search_and_the_trash_bin_filter_on_the_server()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var apps = client.FactSheets.Of("Application");

        var critical = await apps.FilterAsync(new FactSheetFilter().With("businessCriticality", "missionCritical"));
        Assert.NotEmpty(critical);
        Assert.All(critical, a => Assert.Equal("missionCritical", a["businessCriticality"].AsString()));

        var finance = await client.FactSheets.Of("BusinessCapability").GetAsync("Finance");
        var onFinance = await apps.FilterAsync(new FactSheetFilter().With("relApplicationToBusinessCapability", finance.Id.ToString()));
        Assert.All(onFinance, a => Assert.Contains(a.Relations("businessCapabilities"), r => r.TargetId == finance.Id));

        var notCritical = await apps.FilterAsync(new FactSheetFilter { Facets = { new FacetFilter("businessCriticality", ["missionCritical"], FacetOperator.Nor) } });
        Assert.Empty(notCritical.Intersect(critical));

        var search = await apps.FilterAsync(new FactSheetFilter { QuickSearch = "ERP" });
        Assert.Contains(search, a => a.Name == "ERP - Global");

        var archived = await apps.FilterAsync(new FactSheetFilter { Archived = true });
        Assert.All(archived, a => Assert.Equal("ARCHIVED", a.Status));
        var gone = await apps.CreateAsync("Archive Me");
        await gone.ArchiveAsync("test");
        Assert.Contains(await apps.FilterAsync(new FactSheetFilter { Archived = true }), a => a.Id == gone.Id);
        Assert.DoesNotContain(await apps.AllAsync(), a => a.Id == gone.Id);

    }
}
