using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LeanIX.Emulator.Rest.Discovery;

/// <summary>YAML as JSON: mappings become objects, sequences arrays, scalars strings (the manifest schema has only strings).</summary>
public static class YamlJson
{
    /// <summary>The first document of <paramref name="text"/>; a syntax error or an empty file is a <see cref="RestInputException"/>.</summary>
    public static JsonNode Parse(string text, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new RestInputException($"The {what} is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.Message}", field: what);
        }
        if (stream.Documents.Count == 0) throw new RestInputException($"The {what} is empty.", field: what);
        return ToJson(stream.Documents[0].RootNode)
            ?? throw new RestInputException($"The {what} holds no YAML mapping.", field: what);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(Key(kv.Key), ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Value: null or "~" or "null" } scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null
    };

    private static string Key(YamlNode key) => key is YamlScalarNode { Value: { } text } ? text : key.ToString();
}
