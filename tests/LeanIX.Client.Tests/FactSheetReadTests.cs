using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class FactSheetReadTests
{
    [Fact]
    public async Task Demo_workspace_reads_like_local_objects()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);

        var apps = await client.FactSheets.Of("Application").AllAsync();
        Assert.Contains(apps, a => a.Name == "ERP - Global");

        var erp = await client.FactSheets.Of("Application").GetAsync("ERP - Global");
        Assert.StartsWith("ERP - Global", erp["displayName"].AsString());
        Assert.Equal(erp.DisplayName, erp["displayName"]);
        var owners = erp.Subscriptions("System Owner");
        var john = Assert.Single(owners, s => s.Email == "john.doe@example.com");
        Assert.Equal(("ACTIVE", "ADMIN"), (john.UserStatus, john.WorkspaceRole)); // D81: the user's workspace permission
        Assert.Empty(erp.Subscriptions("No Such Role"));

        var ecc = await client.FactSheets.Of("Application").GetAsync("ERP - Global ECC");
        var processes = ecc.Relations("processes").Select(r => r.Name).ToList();
        Assert.Contains("Quote-to-Cash", processes);
        Assert.Contains("Order-to-Invoice", processes);

        var holding = await client.FactSheets.Of("UserGroup").GetAsync("Acme Holding SE");
        Assert.False(holding["location"]["geoCountry"].IsNull);
        Assert.Contains(holding.Tags("Company"), t => t.Name == "Holding");
        var byId = await client.FactSheets.Of("UserGroup").GetAsync(holding.Id.ToString());
        Assert.Same(holding, byId);

        var providers = new List<FactSheetRelation>();
        foreach (var app in await holding.RelationsAsync("applications"))
            foreach (var component in await app.RelationsAsync("itComponents"))
                providers.AddRange(await component.RelationsAsync("providers"));
        Assert.NotEmpty(providers);
        Assert.All(providers, p => Assert.False(string.IsNullOrEmpty(p.Name)));
    }

    [Fact]
    public async Task A_fact_sheet_reached_through_a_relation_makes_no_request_until_loaded()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var erp = await client.FactSheets.Of("Application").GetAsync("ERP - Global");
        var requests = host.Faults.Hits.Values.Sum();
        var capability = erp.Relations("businessCapabilities")[0].FactSheet;
        Assert.False(capability.IsLoaded);
        Assert.False(string.IsNullOrEmpty(capability.Name)); // id, name and type come with the relation
        var e = Assert.Throws<FactSheetNotLoadedException>(() => capability["description"]);
        Assert.Contains("LoadAsync", e.Message);
        Assert.Throws<FactSheetNotLoadedException>(() => capability.SubscriptionsByRole);
        Assert.Equal(requests, host.Faults.Hits.Values.Sum());

        // RelationsAsync loads every other end in one request per type, not one per fact sheet.
        var capabilities = await erp.RelationsAsync("businessCapabilities");
        Assert.True(capabilities.Count > 1);
        Assert.All(capabilities, c => Assert.True(c.FactSheet.IsLoaded));
        Assert.Equal(requests + 1, host.Faults.Hits.Values.Sum());
        _ = capability["description"];
    }
}
