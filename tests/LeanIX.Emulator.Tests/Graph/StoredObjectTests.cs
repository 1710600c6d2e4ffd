using System.Text.Json.Nodes;
using LeanIX.Emulator.Graph.Types;
using Xunit;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>
/// Issue 15: ExternalId and Location values are read from their stored JSON text, not through the node's indexers.
/// Every accessor must answer what the indexer-based read answered (FieldValues.AsString / TryGetValue on o[name]),
/// including the failure a JsonObject gives on a repeated property name.
/// </summary>
public sealed class StoredObjectTests
{
    [Theory]
    [InlineData("""{"type": "ExternalId", "externalId": "APP-001", "externalUrl": null, "comment": null, "status": "ACTIVE"}""")]
    [InlineData("""{"externalId": 42, "comment": 1.50, "status": true, "type": false, "forceWrite": true, "externalVersion": "v\u00e9 \"1\""}""")]
    [InlineData("""{"externalId": "x", "forceWrite": "true", "unknown": {"a": 1, "a": 2}, "list": [1, 2]}""")]
    [InlineData("""{"rawAddress": "Main St 1", "latitude": 48.137154, "longitude": -11.5, "geoCity": "M\u00fcnchen", "placeId": "p"}""")]
    [InlineData("""{"latitude": "48.1", "longitude": 1e400, "geoCountry": null}""")]
    [InlineData("""{"latitude": 12, "longitude": -0.0, "geoState": 7}""")]
    [InlineData("""{"geoCity": {"name": "nested"}, "rawAddress": "a"}""")]
    [InlineData("""{"comment": ["a", "b"], "externalId": "x"}""")]
    [InlineData("""{"externalId": "a", "externalId": "b"}""")]
    [InlineData("""{"ext\u0065rnalId": "escaped name", "type": "t"}""")]
    [InlineData("""{}""")]
    public void Reading_the_stored_text_gives_what_the_nodes_give(string stored)
    {
        foreach (var shape in new[] { StoredObject.ExternalId, StoredObject.Location })
        {
            var element = JsonNode.Parse(stored);
            var expected = ThroughNodes(JsonNode.Parse(stored), shape);
            Assert.Equal(expected, Read(StoredObject.From(element, shape)!, shape));

            // A value built in code (a mutation's) is read the same way.
            var built = JsonNode.Parse(stored)!.AsObject();
            try
            {
                _ = built.Count; // builds the nodes, or fails to on a repeated name
            }
            catch (ArgumentException)
            {
                continue;
            }
            Assert.Equal(expected, Read(StoredObject.From(built, shape)!, shape));
        }
    }

    [Fact]
    public void Only_a_json_object_is_a_value()
    {
        Assert.Null(StoredObject.From(null, StoredObject.Location));
        Assert.Null(StoredObject.From(JsonValue.Create("Main St 1"), StoredObject.Location));
        Assert.Null(StoredObject.From(new JsonArray(), StoredObject.ExternalId));
    }

    private static string[] Read(StoredObject value, StoredObject.Shape shape) =>
        [.. shape.Names.Select((_, at) => Outcome(() => $"{value.Text(at) ?? "null"} {value.Number(at)?.ToString("R") ?? "-"} {value.Boolean(at)?.ToString() ?? "-"}"))];

    private static string[] ThroughNodes(JsonNode? node, StoredObject.Shape shape) =>
        [.. shape.Names.Select(name => Outcome(() =>
        {
            var o = (JsonObject)node!;
            var text = FieldValues.AsString(o[name]);
            double? number = o[name] is JsonValue n && n.TryGetValue<double>(out var d) ? d : null;
            bool? boolean = o[name] is JsonValue b && b.TryGetValue<bool>(out var x) ? x : null;
            return $"{text ?? "null"} {number?.ToString("R") ?? "-"} {boolean?.ToString() ?? "-"}";
        }))];

    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (Exception e)
        {
            return "fails: " + e.GetType().Name;
        }
    }
}
