using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest.Metrics;

/// <summary>
/// D48: <c>POST /points/aggregation</c> and <c>GET /trends</c>. Buckets start at UTC day, ISO week (Monday) or month
/// boundaries; the answer is one <c>{"timestamp","value"}</c> per non-empty bucket, oldest first.
/// </summary>
public static class MetricAggregation
{
    private static readonly IReadOnlyList<string> Functions = ["SUM", "AVG", "MIN", "MAX", "COUNT"];
    private static readonly IReadOnlyList<string> Groupings = ["1d", "1w", "1M"];

    public static JsonArray Aggregate(MetricSchema schema, IEnumerable<MetricPoint> points, JsonNode? body)
    {
        var json = body as JsonObject ?? throw new RestInputException("The aggregation request must be a JSON object.", field: "body");
        var attribute = RequestJson.String(json, "attribute") ?? throw new RestInputException("field required", field: "body.attribute");
        if (!schema.Attributes.Any(a => a.Name == attribute && a.Type == MetricsJson.Metric))
            throw new RestInputException($"'{attribute}' is not a metric attribute of schema '{schema.Name}'.", attribute, "body.attribute");
        var function = RequestJson.OneOf(RequestJson.String(json, "function")?.ToUpperInvariant(), "function", Functions) ?? "SUM";
        var groupBy = RequestJson.OneOf(RequestJson.String(json, "groupBy"), "groupBy", Groupings) ?? "1d";
        var begin = MetricTimestamps.FromJson(json["begin"], "body.begin") ?? long.MinValue;
        var end = MetricTimestamps.FromJson(json["end"], "body.end") ?? long.MaxValue;
        var filter = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json["filter"] is JsonObject conditions)
            foreach (var (key, value) in conditions)
            {
                if (!schema.Attributes.Any(a => a.Name == key && a.Type == MetricsJson.Dimension))
                    throw new RestInputException($"'{key}' is not a dimension attribute of schema '{schema.Name}'.", key, $"body.filter.{key}");
                filter[key] = value is JsonValue v && v.TryGetValue<string>(out var text) ? text
                    : throw new RestInputException($"Filter value of '{key}' must be a string.", value?.ToJsonString(), $"body.filter.{key}");
            }
        else if (json["filter"] is { } other) throw new RestInputException("'filter' must be an object of dimension values.", other.ToJsonString(), "body.filter");

        var buckets = points
            .Where(p => p.Timestamp >= begin && p.Timestamp <= end && p.Metrics.ContainsKey(attribute)
                        && filter.All(f => p.Dimensions.TryGetValue(f.Key, out var d) && d == f.Value))
            .GroupBy(p => BucketStart(p.Timestamp, groupBy), p => p.Metrics[attribute])
            .OrderBy(g => g.Key);
        return new JsonArray(buckets.Select(g => (JsonNode)new JsonObject { ["timestamp"] = g.Key, ["value"] = Apply(function, g.ToList()) }).ToArray());
    }

    /// <summary>D48: the latest value of a metric attribute (<c>?attribute=</c>, default the schema's first metric), its change from the one before, and the direction.</summary>
    public static JsonObject Trend(MetricSchema schema, IEnumerable<MetricPoint> points, string? attribute)
    {
        attribute ??= schema.Attributes.FirstOrDefault(a => a.Type == MetricsJson.Metric)?.Name
            ?? throw new RestInputException($"Schema '{schema.Name}' has no metric attribute.", schema.Name, "query.attribute");
        if (!schema.Attributes.Any(a => a.Name == attribute && a.Type == MetricsJson.Metric))
            throw new RestInputException($"'{attribute}' is not a metric attribute of schema '{schema.Name}'.", attribute, "query.attribute");
        var values = points.Where(p => p.Metrics.ContainsKey(attribute)).OrderByDescending(p => p.Timestamp).Take(2).Select(p => p.Metrics[attribute]).ToList();
        double? latest = values.Count > 0 ? values[0] : null;
        double? difference = values.Count > 1 ? values[0] - values[1] : null;
        return new JsonObject
        {
            ["latest"] = latest,
            ["difference"] = difference,
            ["trend"] = difference switch { > 0 => "UP", < 0 => "DOWN", _ => "FLAT" }
        };
    }

    private static long BucketStart(long timestamp, string groupBy)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.Date;
        var start = groupBy switch
        {
            "1w" => at.AddDays(-(((int)at.DayOfWeek + 6) % 7)),
            "1M" => new DateTime(at.Year, at.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => at
        };
        return new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)).ToUnixTimeSeconds();
    }

    private static double Apply(string function, IReadOnlyList<double> values) => function switch
    {
        "AVG" => values.Average(),
        "MIN" => values.Min(),
        "MAX" => values.Max(),
        "COUNT" => values.Count,
        _ => values.Sum()
    };
}
