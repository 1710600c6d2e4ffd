using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// The compact reader packs a GraphQL connection: <c>{"edges": [{"node": x}…]}</c> becomes one array of the nodes
/// (<see cref="CompactShape.Connection"/>), an edges array alone one array of the nodes (<see cref="CompactShape.NodeArray"/>).
/// Whatever it packs must read back as exactly the JSON it read, through every path: the DOM, objects, items, the nodes.
/// </summary>
public class CompactConnectionTests
{
    private static object? Read(string json, CompactJsonPool? pool = null) => new CompactJsonReader(pool ?? new CompactJsonPool()).Read(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"rel":{"edges":[{"node":{"id":"e1","fs":{"id":"a"}}},{"node":{"id":"e2","fs":{"id":"b"}}}]}}""")]
    [InlineData("""{"rel":{"edges":[]}}""")]
    [InlineData("""{"rel":{"edges":[{"node":null},{"node":"x"},{"node":[1,2]}]}}""")]
    [InlineData("""{"list":[{"node":{"id":"e1"}},{"other":1},{"node":{"id":"e2"}}]}""")]
    [InlineData("""{"list":[{"other":1},{"node":{"id":"e1"}}]}""")]
    [InlineData("""{"list":[{"node":{"id":"e1"}},"plain",{"node":{"id":"e2"}}]}""")]
    [InlineData("""{"conn":{"edges":[{"node":{"id":"e1"}}],"pageInfo":{"hasNextPage":false}}}""")]
    [InlineData("""{"edges":[{"node":{"id":"e1"}}]}""")]
    [InlineData("""[{"node":1},{"node":2}]""")]
    [InlineData("""{"wrapped":{"node":{"id":"n"}},"two":{"edges":[{"node":1,"cursor":"c"}]}}""")]
    public void Packed_or_not_a_value_reads_back_as_the_JSON_it_was(string json)
    {
        var value = Read(json);
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), CompactJson.ToNode(value)!.ToJsonString());
        // Through the object API as well: every member of every object, every item of every array.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), Rebuilt(value)));
    }

    [Fact]
    public void A_connection_becomes_one_array_of_its_nodes_and_its_nodes_read_without_wrappers()
    {
        var root = CompactJson.AsObject(Read("""{"rel":{"edges":[{"node":{"id":"e1"}},{"node":{"id":"e2"}}]},"page":{"edges":[{"node":{"id":"f1"}}],"total":1}}"""))!.Value;
        var rel = (object?[])root["rel"]!;
        Assert.Same(CompactShape.Connection, rel[0]);
        Assert.Equal(3, rel.Length); // the marker and the two nodes: no edges object, no edge wrappers
        Assert.Equal(["e1", "e2"], CompactJson.ConnectionNodes(rel).ToArray().Select(n => CompactJson.AsObject(n)!.Value["id"]));
        // As an object it still has its edges, each with its node.
        var edges = CompactJson.AsObject(rel)!.Value["edges"];
        Assert.True(CompactJson.IsArray(edges));
        Assert.Equal("e2", CompactJson.AsObject(CompactJson.AsObject(CompactJson.Items(edges)[1])!.Value["node"])!.Value["id"]);

        var page = root.Object("page")!.Value;
        var pageEdges = (object?[])page["edges"]!;
        Assert.Same(CompactShape.NodeArray, pageEdges[0]);
        Assert.Equal(["f1"], CompactJson.EdgeNodes(pageEdges).ToArray().Select(n => CompactJson.AsObject(n)!.Value["id"]));
    }

    [Fact]
    public void Unpacked_connections_from_a_DOM_give_the_same_nodes()
    {
        var pool = new CompactJsonPool();
        var node = JsonNode.Parse("""{"rel":{"edges":[{"node":{"id":"e1"}},{"cursor":"c"},{"node":{"id":"e2"}}]}}""")!.AsObject();
        var fromDom = CompactJson.FromObject(node, pool);
        Assert.Equal(["e1", "e2"], CompactJson.ConnectionNodes(fromDom["rel"]).ToArray().Select(n => CompactJson.AsObject(n)!.Value["id"]));
    }

    [Fact]
    public void A_shared_edge_list_is_never_changed_by_packing_the_connection_around_it()
    {
        var pool = new CompactJsonPool();
        // Edges of interned values only are small objects the pool shares: the same list read bare and inside a connection.
        var bare = (object?[])CompactJson.AsObject(Read("""{"x":[{"node":"a"},{"node":"b"}]}""", pool))!.Value["x"]!;
        var inConnection = (object?[])CompactJson.AsObject(Read("""{"y":{"edges":[{"node":"a"},{"node":"b"}]}}""", pool))!.Value["y"]!;
        var again = (object?[])CompactJson.AsObject(Read("""{"x":[{"node":"a"},{"node":"b"}]}""", pool))!.Value["x"]!;
        Assert.Same(CompactShape.NodeArray, bare[0]);
        Assert.Same(CompactShape.Connection, inConnection[0]);
        Assert.Same(bare, again);
        Assert.Same(CompactShape.NodeArray, again[0]);
        Assert.Equal("""[{"node":"a"},{"node":"b"}]""", CompactJson.ToNode(again)!.ToJsonString());
    }

    [Fact]
    public async Task A_preload_holds_its_connections_packed_and_its_snapshot_gives_them_back_so()
    {
        await using var host = await EmulatorHost.StartAsync("demo", configure: o => { o.RateLimitPerMinute = 0; o.GraphQL.MaxCost = long.MaxValue; });
        var path = Path.Combine(Path.GetTempPath(), $"compact-connection-{Guid.NewGuid():N}.lxsnap");
        try
        {
            using var client = TestClients.For(host);
            await client.PreloadAsync(snapshot: path);
            var cached = client.CachedFactSheets().Where(f => f.IsLoaded).ToDictionary(f => f.Id, f => f.Compact);
            var (_, read) = PreloadSnapshot.Read(path, new CompactJsonPool());
            Assert.Equal(cached.Count, read.Count);
            var connections = 0;
            foreach (var (_, data) in read)
            {
                Assert.True(CompactJson.DeepEquals(cached[FactSheet.IdOf(data)].Slots, data.Slots));
                connections += data.Members().Count(m => m.Value is object?[] slots && ReferenceEquals(slots[0], CompactShape.Connection));
            }
            Assert.True(connections > 0, "relations, subscriptions and documents are packed");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The DOM as the object and array API sees it (AsObject, members, Items), not through ToNode.</summary>
    private static JsonNode? Rebuilt(object? value)
    {
        if (CompactJson.AsObject(value) is { } obj)
        {
            var result = new JsonObject();
            foreach (var (key, member) in obj.Members()) result[key] = Rebuilt(member);
            return result;
        }
        if (CompactJson.IsArray(value))
        {
            var array = new JsonArray();
            foreach (var item in CompactJson.Items(value)) array.Add(Rebuilt(item));
            return array;
        }
        return CompactJson.ToNode(value);
    }
}
