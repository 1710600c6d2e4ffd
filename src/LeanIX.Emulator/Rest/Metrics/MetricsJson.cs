using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Metrics;

/// <summary>Schemas and points of metrics v2 (admin.md §3.2): bare JSON in and out, timestamps per D47.</summary>
public static class MetricsJson
{
    public const string Dimension = "dimension";
    public const string Metric = "metric";

    public static JsonObject Schema(MetricSchema schema) => new()
    {
        ["uuid"] = Formats.Id(schema.Id),
        ["name"] = schema.Name,
        ["description"] = schema.Description,
        ["attributes"] = new JsonArray(schema.Attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["type"] = a.Type }).ToArray())
    };

    /// <summary><c>{"timestamp": &lt;epoch seconds&gt;, &lt;attribute&gt;: value…}</c> in the schema's attribute order.</summary>
    public static JsonObject Point(MetricSchema schema, MetricPoint point)
    {
        var json = new JsonObject { ["timestamp"] = point.Timestamp };
        foreach (var attribute in schema.Attributes)
        {
            if (point.Dimensions.TryGetValue(attribute.Name, out var text)) json[attribute.Name] = text;
            else if (point.Metrics.TryGetValue(attribute.Name, out var number)) json[attribute.Name] = number;
        }
        return json;
    }

    /// <summary>A Schema body: a name, and attributes with unique names of type dimension or metric.</summary>
    public static MetricSchema ReadSchema(JsonNode? body)
    {
        var json = body as JsonObject ?? throw new RestInputException("The schema must be a JSON object.", field: "body");
        var name = RequestJson.String(json, "name");
        if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("field required", field: "body.name");
        var schema = new MetricSchema { Id = Guid.NewGuid(), Name = name, Description = RequestJson.String(json, "description") };
        if (json["attributes"] is not JsonArray attributes) throw new RestInputException("'attributes' must be a list of {name, type}.", field: "body.attributes");
        for (var i = 0; i < attributes.Count; i++)
        {
            var location = $"body.attributes.{i}";
            var attribute = attributes[i] as JsonObject ?? throw new RestInputException("An attribute must be {name, type}.", field: location);
            var attributeName = RequestJson.String(attribute, "name");
            if (string.IsNullOrWhiteSpace(attributeName) || attributeName == "timestamp")
                throw new RestInputException("An attribute needs a name other than 'timestamp'.", attributeName, location + ".name");
            var type = RequestJson.String(attribute, "type")?.ToLowerInvariant();
            if (type is not (Dimension or Metric)) throw new RestInputException("An attribute's type is 'dimension' or 'metric'.", type, location + ".type");
            if (schema.Attributes.Any(a => a.Name == attributeName)) throw new RestInputException($"Attribute '{attributeName}' is listed twice.", attributeName, location + ".name");
            schema.Attributes.Add(new MetricAttribute(attributeName, type));
        }
        return schema;
    }

    /// <summary>
    /// A Point body: a timestamp (D47) and values only for the schema's attributes, numbers for metrics, strings for
    /// dimensions (admin.md §3.2). <paramref name="location"/> prefixes the 422 location.
    /// </summary>
    public static MetricPoint ReadPoint(MetricSchema schema, JsonNode? node, string location)
    {
        var json = node as JsonObject ?? throw new RestInputException("A point must be a JSON object.", field: location);
        var timestamp = MetricTimestamps.FromJson(json["timestamp"], location + ".timestamp")
            ?? throw new RestInputException("field required", field: location + ".timestamp");
        var point = new MetricPoint { Id = PointId(schema.Id, timestamp), SchemaId = schema.Id, Timestamp = timestamp };
        foreach (var (key, value) in json)
        {
            if (key == "timestamp" || value is null) continue;
            var attribute = schema.Attributes.FirstOrDefault(a => a.Name == key)
                ?? throw new RestInputException($"'{key}' is not an attribute of schema '{schema.Name}'.", key, $"{location}.{key}");
            if (attribute.Type == Metric)
                point.Metrics[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>()
                    : throw new RestInputException($"Metric '{key}' must be a number, not {value.ToJsonString()}.", value.ToJsonString(), $"{location}.{key}");
            else
                point.Dimensions[key] = value is JsonValue s && s.TryGetValue<string>(out var text) ? text
                    : throw new RestInputException($"Dimension '{key}' must be a string, not {value.ToJsonString()}.", value.ToJsonString(), $"{location}.{key}");
        }
        return point;
    }

    /// <summary>One point per schema and timestamp: the id says which.</summary>
    public static Guid PointId(Guid schemaId, long timestamp) => Ids.FromName($"metric-point:{schemaId}:{timestamp}");

    /// <summary>
    /// A ChartSetting (admin.md §3.2): a <c>chart</c> object and <c>series</c> whose <c>measurement</c> names a schema and
    /// whose <c>fieldName</c> is one of its metric attributes; the stored copy carries <paramref name="id"/>.
    /// </summary>
    public static JsonObject ReadChart(JsonNode? body, Guid id, IEnumerable<MetricSchema> schemas)
    {
        var json = body as JsonObject ?? throw new RestInputException("The chart setting must be a JSON object.", field: "body");
        if (json["chart"] is not JsonObject chart) throw new RestInputException("field required", field: "body.chart");
        if (RequestJson.String(chart, "title") is not { Length: > 0 }) throw new RestInputException("field required", field: "body.chart.title");
        if (json["series"] is not JsonArray series) throw new RestInputException("'series' must be a list.", field: "body.series");
        var byName = schemas.ToDictionary(s => s.Name, StringComparer.Ordinal);
        for (var i = 0; i < series.Count; i++)
        {
            var location = $"body.series.{i}";
            var entry = series[i] as JsonObject ?? throw new RestInputException("A series must be an object.", field: location);
            var measurement = RequestJson.String(entry, "measurement");
            if (measurement is null || !byName.TryGetValue(measurement, out var schema))
                throw new RestInputException($"Series measurement '{measurement}' is not a schema of this workspace.", measurement, location + ".measurement");
            var field = RequestJson.String(entry, "fieldName");
            if (!schema.Attributes.Any(a => a.Name == field && a.Type == Metric))
                throw new RestInputException($"Series fieldName '{field}' is not a metric attribute of schema '{measurement}'.", field, location + ".fieldName");
        }
        var stored = (JsonObject)json.DeepClone();
        stored["id"] = Formats.Id(id);
        return stored;
    }
}
