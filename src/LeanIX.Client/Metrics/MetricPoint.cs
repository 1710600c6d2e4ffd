using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Metrics;

/// <summary>
/// One point of a schema (admin.md §3.2): a timestamp (stored as epoch seconds, D47) with metric values and dimension
/// values. A schema holds one point per timestamp; posting at a taken one overwrites it.
/// </summary>
public sealed record MetricPoint
{
    /// <summary>When; whole seconds on the wire.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Numbers by metric attribute.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Strings by dimension attribute.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["timestamp"] = Timestamp.ToUnixTimeSeconds() };
        foreach (var (key, value) in Dimensions) json[key] = value;
        foreach (var (key, value) in Metrics) json[key] = value;
        return json;
    }

    /// <summary>Numbers become metrics, strings dimensions; the timestamp is epoch seconds (D47).</summary>
    internal static MetricPoint From(JsonNode? node, string operation)
    {
        if (node is not JsonObject json || json["timestamp"] is not JsonValue ts || ts.GetValueKind() != JsonValueKind.Number)
            throw new LeanIXRequestFailedException($"{operation}: a point without a numeric timestamp came back.", operation);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            if (key == "timestamp" || value is not JsonValue v) continue;
            if (v.GetValueKind() == JsonValueKind.Number) metrics[key] = v.GetValue<double>();
            else if (v.TryGetValue<string>(out var text)) dimensions[key] = text;
        }
        return new MetricPoint { Timestamp = DateTimeOffset.FromUnixTimeSeconds((long)ts.GetValue<double>()), Metrics = metrics, Dimensions = dimensions };
    }
}
