using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>datamodel.md "Naming" and D22 hierarchy: fullName, displayName and level are computed.</summary>
public class NamingTests
{
    [Fact]
    public async Task FullName_uses_provider_and_release_and_displayName_prefixes_parents()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var provider = data.FactSheet("Provider", "Oracle");
        var db = data.FactSheet("ITComponent", "Database", fs => fs.Fields["release"] = "19c");
        data.Relation("itComponentProviderRelation", db, provider);
        var root = data.FactSheet("Application", "Suite", fs => fs.Fields["release"] = "1");
        var mid = data.FactSheet("Application", "Module");
        var leaf = data.FactSheet("Application", "Screen", fs => fs.Fields["release"] = "2.1");
        data.Relation("applicationChildParentRelation", mid, root);
        data.Relation("applicationChildParentRelation", leaf, mid);
        var org = data.FactSheet("Organization", "Sales", fs => fs.Fields["release"] = "ignored");
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<(string? Full, string? Display, int Level)> Names(Guid id)
        {
            var fs = (await client.GraphQLDataAsync($$"""{ factSheet(id: "{{id}}") { fullName displayName level } }"""))["factSheet"]!;
            return ((string?)fs["fullName"], (string?)fs["displayName"], (int)fs["level"]!);
        }

        Assert.Equal(("Oracle Database 19c", "Oracle Database 19c", 1), await Names(db));
        Assert.Equal(("Suite 1", "Suite 1", 1), await Names(root));
        Assert.Equal(("Module", "Suite 1 / Module", 2), await Names(mid));
        Assert.Equal(("Screen 2.1", "Suite 1 / Module / Screen 2.1", 3), await Names(leaf));
        Assert.Equal(("Sales", "Sales", 1), await Names(org));
    }
}
