using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class FactSheetReadTests
{
    [Fact]
    public async Task Demo_workspace_reads_like_local_objects()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);

        var apps = await client.FactSheets("Application").AllAsync();
        Assert.Contains(apps, a => a.Name == "ERP - Global");

        var erp = await client.FactSheets("Application").GetAsync("ERP - Global");
        Assert.StartsWith("ERP - Global", erp["displayName"].AsString());
        Assert.Equal(erp.DisplayName, erp["displayName"]);
        var owners = erp.Subscriptions("System Owner");
        Assert.Contains(owners, s => s.Email == "john.doe@example.com");
        Assert.Empty(erp.Subscriptions("No Such Role"));

        var ecc = await client.FactSheets("Application").GetAsync("ERP - Global ECC");
        var processes = ecc.Relations("processes").Select(r => r.Name).ToList();
        Assert.Contains("Quote-to-Cash", processes);
        Assert.Contains("Order-to-Invoice", processes);

        var holding = await client.FactSheets("UserGroup").GetAsync("Acme Holding SE");
        Assert.False(holding["location"]["geoCountry"].IsNull);
        Assert.Contains(holding.Tags("Company"), t => t.Name == "Holding");
        var byId = await client.FactSheets("UserGroup").GetAsync(holding.Id.ToString());
        Assert.Same(holding, byId);

        var providers = holding.Relations("applications").SelectMany(a => a.Relations("itComponents")).SelectMany(c => c.Relations("providers")).ToList();
        Assert.NotEmpty(providers);
    }
}
