using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D83: <c>Sorting {key, order, mode: BY_FIELD|BY_LIFECYCLE_LAST}</c>.</summary>
public class LifecycleSortTests
{
    [Fact]
    public async Task By_lifecycle_last_orders_by_the_current_phase_start_and_by_field_is_the_default()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        data.FactSheet("Application", "alpha", fs => fs.Fields["lifecycle"] = GraphData.Lifecycle(("plan", "2020-01-01"), ("active", "2023-01-01")));
        data.FactSheet("Application", "bravo", fs => fs.Fields["lifecycle"] = GraphData.Lifecycle(("active", "2021-06-01")));
        data.FactSheet("Application", "charlie", fs => fs.Fields["lifecycle"] = GraphData.Lifecycle(("phaseIn", "2022-03-01"), ("endOfLife", "2999-01-01")));
        data.FactSheet("Application", "delta");
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<List<string>> Sorted(string sort) =>
            (await client.GraphQLDataAsync($$"""{ allFactSheets(factSheetType: Application, sort: [{{sort}}]) { edges { node { name } } } }"""))
                ["allFactSheets"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();

        Assert.Equal(["bravo", "charlie", "alpha", "delta"], await Sorted("{key: \"lifecycle\", order: asc, mode: BY_LIFECYCLE_LAST}"));
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], await Sorted("{key: \"name\", order: desc, mode: BY_FIELD}"));
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], await Sorted("{key: \"name\", order: desc}"));

        var bad = await client.GraphQLAsync("""{ allFactSheets(sort: [{key: "name", mode: BY_LIFECYCLE_LAST}]) { totalCount } }""");
        Assert.Contains("LIFECYCLE", (string?)bad["errors"]![0]!["message"]);
    }
}
