using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// Labels of types, fields, select values and relations in one language, from
/// <c>GET /models/languages/{id}</c>: <c>{"factSheets":{Type:{"__name","__plural",field,"field.value"}},"relations":{key:{"__name"}}}</c>.
/// A missing label falls back to the key, so a label lookup never fails.
/// </summary>
public sealed class LanguageModel
{
    private readonly JsonObject _data;

    private LanguageModel(string language, JsonObject data)
    {
        Language = language;
        _data = data;
    }

    /// <summary>The language id, e.g. <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The label of a type, e.g. "Application".</summary>
    public string TypeLabel(string type, bool plural = false) => Text(_data["factSheets"]?[type]?[plural ? "__plural" : "__name"]) ?? type;

    /// <summary>The label of a field of a type, e.g. "Business Criticality".</summary>
    public string FieldLabel(string type, string field) => Text(_data["factSheets"]?[type]?[field]) ?? field;

    /// <summary>The label of a select value, e.g. "Mission Critical".</summary>
    public string ValueLabel(string type, string field, string value) => Text(_data["factSheets"]?[type]?[$"{field}.{value}"]) ?? value;

    /// <summary>The label of a relation key, e.g. "IT Components".</summary>
    public string RelationLabel(string relationKey) => Text(_data["relations"]?[relationKey]?["__name"]) ?? relationKey;

    internal static LanguageModel Parse(string language, JsonNode envelope) =>
        new(language, envelope["data"] as JsonObject ?? envelope as JsonObject ?? []);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
