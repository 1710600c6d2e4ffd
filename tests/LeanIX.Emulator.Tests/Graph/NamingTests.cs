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

    // Issue 15: a committed version names each fact sheet once, from its parent's names. The order in which a page
    // asks must not matter, and a hierarchy with a cycle is named as the ancestry walk names it (it stops at the first
    // fact sheet seen twice), as is everything below the cycle.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Names_do_not_depend_on_the_order_they_are_asked_in_and_a_cycle_stops_the_ancestry(bool leafFirst)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var root = data.FactSheet("Application", "Suite", fs => fs.Fields["release"] = "1");
        var mid = data.FactSheet("Application", "Module");
        var leaf = data.FactSheet("Application", "Screen", fs => fs.Fields["release"] = "2.1");
        data.Relation("applicationChildParentRelation", mid, root);
        data.Relation("applicationChildParentRelation", leaf, mid);
        var a = data.FactSheet("Application", "A");
        var b = data.FactSheet("Application", "B");
        var below = data.FactSheet("Application", "C");
        data.Relation("applicationChildParentRelation", a, b);
        data.Relation("applicationChildParentRelation", b, a);
        data.Relation("applicationChildParentRelation", below, a);
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<(string? Full, string? Display, int Level)> Names(Guid id)
        {
            var fs = (await client.GraphQLDataAsync($$"""{ factSheet(id: "{{id}}") { fullName displayName level } }"""))["factSheet"]!;
            return ((string?)fs["fullName"], (string?)fs["displayName"], (int)fs["level"]!);
        }

        var expected = new Dictionary<Guid, (string, string, int)>
        {
            [root] = ("Suite 1", "Suite 1", 1),
            [mid] = ("Module", "Suite 1 / Module", 2),
            [leaf] = ("Screen 2.1", "Suite 1 / Module / Screen 2.1", 3),
            [a] = ("A", "B / A", 2),
            [b] = ("B", "A / B", 2),
            [below] = ("C", "B / A / C", 3)
        };
        var order = leafFirst ? new[] { leaf, mid, root, below, a, b } : new[] { root, mid, leaf, b, a, below };
        foreach (var id in order) Assert.Equal(expected[id], await Names(id));

        // All of them in one page, as a dump reads them: the same names.
        var page = await client.GraphQLDataAsync("""{ allFactSheets(factSheetType: Application) { edges { node { id fullName displayName level } } } }""");
        foreach (var edge in page["allFactSheets"]!["edges"]!.AsArray())
        {
            var node = edge!["node"]!;
            Assert.Equal(expected[Guid.Parse((string)node["id"]!)], ((string)node["fullName"]!, (string)node["displayName"]!, (int)node["level"]!));
        }
    }

    [Fact]
    public async Task A_fact_sheet_unchanged_by_a_commit_takes_its_new_parent_names_and_the_old_version_keeps_its_own()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var root = data.FactSheet("Application", "Suite");
        var child = data.FactSheet("Application", "Module");
        data.Relation("applicationChildParentRelation", child, root);
        await data.CommitAsync();
        var before = host.Workspace.State;
        var childBefore = before.FactSheets.Get(child)!;
        Assert.Equal("Suite / Module", LeanIX.Emulator.Queries.FactSheetNames.DisplayName(before, childBefore));

        using var client = new WireClient(host);
        await client.GraphQLDataAsync($$"""mutation { updateFactSheet(id: "{{root}}", patches: [{op: replace, path: "/name", value: "Platform"}]) { factSheet { id } } }""");
        var after = host.Workspace.State;
        // The child itself did not change: the same object serves both versions, each with its own names.
        Assert.Same(childBefore, after.FactSheets.Get(child));
        Assert.Equal("Platform / Module", LeanIX.Emulator.Queries.FactSheetNames.DisplayName(after, childBefore));
        Assert.Equal("Suite / Module", LeanIX.Emulator.Queries.FactSheetNames.DisplayName(before, childBefore));
        Assert.Equal("Platform / Module", LeanIX.Emulator.Queries.FactSheetNames.DisplayName(after, childBefore));
        Assert.Equal(2, LeanIX.Emulator.Queries.FactSheetNames.Level(after, childBefore));
    }
}
