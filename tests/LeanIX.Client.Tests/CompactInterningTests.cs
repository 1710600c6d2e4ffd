using System.Text;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Tests;

/// <summary>
/// The interning behind the compact representation: one instance per string, number and small object however many
/// threads read at once, and no table entries for small objects of a shape that never repeat.
/// </summary>
public class CompactInterningTests
{
    [Fact]
    public async Task Threads_interning_the_same_strings_at_once_get_one_instance_each_and_the_table_grows_past_its_start()
    {
        var pool = new CompactJsonPool();
        const int Distinct = 20_000;
        var values = Enumerable.Range(0, Distinct).Select(i => $"value-{i}-ä").ToArray();
        int[] steps = [1, 3, 7, 9]; // coprime to Distinct: each worker meets every value once
        var results = await Task.WhenAll(Enumerable.Range(0, steps.Length).Select(worker => Task.Run(() =>
        {
            var seen = new string[Distinct];
            // Each worker goes its own way through the values, half of them as bytes and half as strings.
            for (var k = 0; k < Distinct; k++)
            {
                var i = (k * steps[worker] + worker * 7919) % Distinct;
                seen[i] = (i + worker) % 2 == 0 ? pool.Intern(Encoding.UTF8.GetBytes(values[i])) : pool.Intern(new string(values[i]));
            }
            return seen;
        })));
        Assert.Equal(Distinct, pool.StringCount);
        for (var i = 0; i < Distinct; i++)
        {
            Assert.Equal(values[i], results[0][i]);
            foreach (var other in results.Skip(1)) Assert.Same(results[0][i], other[i]);
        }
    }

    [Fact]
    public void Numbers_read_as_bytes_or_as_text_are_one_instance_and_keep_their_text()
    {
        var pool = new CompactJsonPool();
        var fromBytes = pool.Number("1.0"u8);
        Assert.Same(fromBytes, pool.Number("1.0"));
        Assert.Equal("1.0", fromBytes.Text);
        Assert.NotSame(fromBytes, pool.Number("1"u8));
    }

    [Fact]
    public void Small_objects_that_never_repeat_leave_the_table_and_those_that_do_stay_shared()
    {
        var pool = new CompactJsonPool();
        var count = ShapeSharing.Window * 3;
        // Like a page of fact sheets: every edge has an id of its own, the tags repeat.
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
            items.Add(new JsonObject
            {
                ["edge"] = new JsonObject { ["id"] = $"edge-{i}", ["to"] = new JsonObject { ["id"] = $"fs-{i % 50}", ["name"] = $"Target {i % 50}" } },
                ["tag"] = new JsonObject { ["id"] = $"tag-{i % 7}", ["color"] = "#fff" }
            });
        var json = new JsonObject { ["items"] = items };
        var root = new CompactJsonReader(pool).Read(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.True(JsonNode.DeepEquals(json, CompactJson.ToNode(root)));
        // Only the edges (and the items around them) read before their shape proved unique are in the table, besides
        // the 50 targets and 7 tags: not one entry for each of the 12,288 edges and items.
        Assert.InRange(pool.ObjectCount, 57, 2 * ShapeSharing.Window + 57);
        var read = CompactJson.Items(CompactJson.AsObject(root)!.Value["items"]).ToArray().Select(o => CompactJson.AsObject(o)!.Value).ToList();
        var tags = read.GroupBy(o => CompactJson.ToNode(o["tag"])!.ToJsonString()).ToList();
        Assert.Equal(7, tags.Count);
        foreach (var group in tags) Assert.All(group, o => Assert.Same(group.First()["tag"], o["tag"]));
        var targets = read.GroupBy(o => CompactJson.ToNode(o.Object("edge")!.Value["to"])!.ToJsonString()).ToList();
        Assert.Equal(50, targets.Count);
        foreach (var group in targets) Assert.All(group, o => Assert.Same(group.First().Object("edge")!.Value["to"], o.Object("edge")!.Value["to"]));

        // Read again, nothing is added: what repeats is found, and unique edges are not looked for.
        var before = pool.ObjectCount;
        new CompactJsonReader(pool).Read(Encoding.UTF8.GetBytes(json.ToJsonString()));
        Assert.Equal(before, pool.ObjectCount);
    }

    [Fact]
    public void A_shape_whose_objects_repeat_only_now_and_then_stays_interned()
    {
        var pool = new CompactJsonPool();
        // One in a hundred repeats: rare, but far more than a unique shape shows.
        var items = new JsonArray();
        for (var i = 0; i < ShapeSharing.Window * 2; i++) items.Add(new JsonObject { ["id"] = $"x-{(i % 100 == 99 ? i - 1 : i)}" });
        var root = new CompactJsonReader(pool).Read(Encoding.UTF8.GetBytes(items.ToJsonString()));
        var read = CompactJson.Items(root).ToArray();
        Assert.Same(read[98], read[99]);
        // After the window too.
        Assert.Same(read[8098], read[8099]);
        Assert.NotSame(read[8097], read[8098]);
    }

    [Fact]
    public void Keys_found_by_their_bytes_escaped_or_not_give_one_shape_per_key_order()
    {
        var pool = new CompactJsonPool();
        // The same keys raw, escaped and in UTF-8 beyond ASCII; then the same keys in another order.
        var json = """[{"id":"a","naïve":1},{"id":"b","na\u00efve":2},{"\u0069d":"c","naïve":3},{"naïve":4,"id":"d"}]"""u8.ToArray();
        var root = new CompactJsonReader(pool).Read(json);
        var items = CompactJson.Items(root).ToArray().Select(o => CompactJson.AsObject(o)!.Value).ToList();
        Assert.Same(items[0].Shape, items[1].Shape);
        Assert.Same(items[0].Shape, items[2].Shape);
        Assert.NotSame(items[0].Shape, items[3].Shape);
        Assert.Equal(["id", "naïve"], items[0].Shape.Keys);
        Assert.Equal(["naïve", "id"], items[3].Shape.Keys);
        Assert.Equal("3", ((CompactNumber)items[2]["naïve"]!).Text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), CompactJson.ToNode(root)));
    }

    [Fact]
    public void A_value_found_as_the_one_read_last_under_its_key_is_the_instance_interned_anywhere_else()
    {
        var pool = new CompactJsonPool();
        var json = """[{"status":"ACTIVE"},{"status":"ACTIVE"},{"status":"ARCHIVED"},{"status":"ACTIVE"},{"other":"ACTIVE"},["ACTIVE"],"ACTIVE"]"""u8.ToArray();
        var root = new CompactJsonReader(pool).Read(json);
        var items = CompactJson.Items(root).ToArray();
        var active = pool.Intern("ACTIVE");
        foreach (var i in new[] { 0, 1, 3 }) Assert.Same(active, CompactJson.AsObject(items[i])!.Value["status"]);
        Assert.Equal("ARCHIVED", CompactJson.AsObject(items[2])!.Value["status"]);
        Assert.Same(active, CompactJson.AsObject(items[4])!.Value["other"]);
        Assert.Same(active, CompactJson.Items(items[5])[0]);
        Assert.Same(active, items[6]);
        Assert.Same(items[0], items[1]);
    }
}
