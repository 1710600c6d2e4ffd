using System.Text;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Tests;

/// <summary>
/// Long string values (descriptions) are held as UTF-8 (<see cref="CompactText"/>), and strings under a key whose values
/// never repeat in connection nodes (ids, names, timestamps) skip the intern table. Either way, what is read back must be
/// exactly the text that came, compare equal to the same text held as a string, and short repeating values stay interned.
/// </summary>
public class CompactTextTests
{
    private static readonly string Ascii = string.Concat(Enumerable.Repeat("A description of some length. ", 10));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Long_values_read_back_as_the_text_they_were_plain_escaped_and_beyond_ASCII(bool escaped)
    {
        // 129 chars of three bytes each: long by chars, and far more bytes; 120 two-byte chars: short by chars, long by bytes.
        string[] values = [Ascii, new string('€', 129), new string('é', 120), "Line one\nline two \"quoted\" " + Ascii];
        var json = new JsonObject { ["texts"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) }.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = escaped ? System.Text.Encodings.Web.JavaScriptEncoder.Default : System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var root = CompactJson.AsObject(new CompactJsonReader(new CompactJsonPool()).Read(Encoding.UTF8.GetBytes(json)))!.Value;
        var read = CompactJson.Items(root["texts"]).ToArray();
        Assert.IsType<CompactText>(read[0]);
        Assert.IsType<CompactText>(read[1]);
        Assert.IsType<string>(read[2]); // 120 chars: short enough to be interned
        Assert.IsType<CompactText>(read[3]);
        Assert.Equal(values, read.Select(CompactJson.AsString));
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), CompactJson.ToNode(root.Slots)!.ToJsonString());
    }

    [Fact]
    public void A_long_text_equals_the_same_text_as_a_string_and_nothing_else()
    {
        var text = new CompactText(Encoding.UTF8.GetBytes(Ascii));
        Assert.True(CompactJson.DeepEquals(text, Ascii));
        Assert.True(CompactJson.DeepEquals(Ascii, text));
        Assert.True(CompactJson.DeepEquals(text, new CompactText(Encoding.UTF8.GetBytes(Ascii))));
        Assert.False(CompactJson.DeepEquals(text, Ascii + "!"));
        Assert.False(CompactJson.DeepEquals(new CompactText(Encoding.UTF8.GetBytes(Ascii + "!")), text));
        Assert.False(CompactJson.DeepEquals(text, null));
    }

    [Fact]
    public void Strings_of_nodes_that_never_repeat_skip_the_table_and_those_that_repeat_stay_interned()
    {
        var pool = new CompactJsonPool();
        var count = ShapeSharing.Window * 2;
        // A page of connection nodes: each has an id of its own, the status repeats.
        var edges = new JsonArray();
        for (var i = 0; i < count; i++)
            edges.Add(new JsonObject { ["node"] = new JsonObject { ["id"] = $"id-{i}", ["status"] = i % 2 == 0 ? "ACTIVE" : "ARCHIVED" } });
        var json = new JsonObject { ["edges"] = edges }.ToJsonString();
        var nodes = CompactJson.ConnectionNodes(new CompactJsonReader(pool).Read(Encoding.UTF8.GetBytes(json))).ToArray()
            .Select(n => CompactJson.AsObject(n)!.Value).ToList();
        Assert.Equal(count, nodes.Count);
        for (var i = 0; i < count; i++) Assert.Equal($"id-{i}", nodes[i]["id"]);
        // The ids after the window are in no table: interning them anew gives another instance.
        Assert.InRange(pool.StringCount, ShapeSharing.Window, ShapeSharing.Window + 10);
        Assert.NotSame(nodes[^1]["id"], pool.Intern("id-" + (count - 1)));
        Assert.Same(nodes[3]["id"], pool.Intern("id-3"));
        Assert.Same(nodes[^1]["status"], pool.Intern("ARCHIVED"));
        Assert.Same(nodes[^2]["status"], pool.Intern("ACTIVE"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), CompactJson.ToNode(new CompactJsonReader(pool).Read(Encoding.UTF8.GetBytes(json)))));
    }
}
