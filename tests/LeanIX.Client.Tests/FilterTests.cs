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

        var state = host.Workspace.State;
        var activeApps = state.FactSheets.All.Where(f => f.Type == "Application" && f.IsActive).ToList();
        var critical = await apps.FilterAsync(new FactSheetFilter().With("businessCriticality", "missionCritical"));
        var expectedCritical = activeApps.Where(f => f.StringField("businessCriticality") == "missionCritical").Select(f => f.Id).Order().ToList();
        Assert.NotEmpty(expectedCritical);
        Assert.Equal(expectedCritical, critical.Select(a => a.Id).Order());
        Assert.All(critical, a => Assert.Equal("missionCritical", a["businessCriticality"].AsString()));

        var finance = await client.FactSheets.Of("BusinessCapability").GetAsync("Finance");
        var onFinance = await apps.FilterAsync(new FactSheetFilter().With("relApplicationToBusinessCapability", finance.Id.ToString()));
        var linked = state.Relations.All.Where(r => r.Status == "ACTIVE" && (r.FromId == finance.Id || r.ToId == finance.Id))
            .Select(r => r.FromId == finance.Id ? r.ToId : r.FromId).ToHashSet();
        var expectedOnFinance = activeApps.Where(f => linked.Contains(f.Id)).Select(f => f.Id).Order().ToList();
        Assert.NotEmpty(expectedOnFinance);
        Assert.Equal(expectedOnFinance, onFinance.Select(a => a.Id).Order());
        Assert.All(onFinance, a => Assert.Contains(a.Relations("businessCapabilities"), r => r.TargetId == finance.Id));

        var notCritical = await apps.FilterAsync(new FactSheetFilter { Facets = { new FacetFilter("businessCriticality", ["missionCritical"], FacetOperator.Nor) } });
        Assert.Equal(activeApps.Count - expectedCritical.Count, notCritical.Count);
        Assert.Empty(notCritical.Intersect(critical));

        var search = await apps.FilterAsync(new FactSheetFilter { QuickSearch = "ERP" });
        Assert.Contains(search, a => a.Name == "ERP - Global");
        Assert.All(search, a => Assert.Contains("erp", a.Name, StringComparison.OrdinalIgnoreCase));

        var gone = await apps.CreateAsync("Archive Me");
        await gone.ArchiveAsync("test");
        var archived = await apps.FilterAsync(new FactSheetFilter { Archived = true });
        Assert.Contains(archived, a => a.Id == gone.Id);
        Assert.All(archived, a => Assert.Equal("ARCHIVED", a.Status));
        Assert.DoesNotContain(await apps.AllAsync(), a => a.Id == gone.Id);
    }
}
