using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Metrics;

/// <summary>
/// Metrics v2 (<c>lx.Metrics</c>): schemas, points and charts at <c>/services/metrics/v2</c> (admin.md §3, D47, D48).
/// The service answers bare JSON and FastAPI error bodies (<c>{"detail"}</c>), which surface as the exceptions' messages.
/// </summary>
public sealed class MetricsClient
{
    private const string Base = "services/metrics/v2";
    private readonly LeanIXConnection _connection;

    internal MetricsClient(LeanIXConnection connection) => _connection = connection;

    private static Wire.LeanIXJsonContext Wire => LeanIXConnection.Wire;

    // ---- Schemas -------------------------------------------------------------------------------------------------

    /// <summary>Creates a schema; a taken name is refused (409, D48).</summary>
    public async Task<MetricSchema> CreateSchemaAsync(MetricSchema schema, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema.Name);
        var body = LeanIXConnection.Serialize(schema with { Uuid = null }, Wire.MetricSchema);
        return await _connection.SendAsync(HttpMethod.Post, $"{Base}/schemas", Wire.MetricSchema, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every schema of the workspace.</summary>
    public async Task<IReadOnlyList<MetricSchema>> GetSchemasAsync(CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{Base}/schemas", Wire.ListMetricSchema, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>A schema by uuid or by name (<c>/schemas/find?name=</c>).</summary>
    /// <exception cref="LeanIXNotFoundException">No schema has this uuid or name.</exception>
    public async Task<MetricSchema> GetSchemaAsync(string nameOrUuid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrUuid);
        return Guid.TryParse(nameOrUuid, out _)
            ? await _connection.SendAsync(HttpMethod.Get, $"{Base}/schemas/{nameOrUuid}", Wire.MetricSchema, null, null, cancellationToken).ConfigureAwait(false)
            : await _connection.SendAsync(HttpMethod.Get, $"{Base}/schemas/find", Wire.MetricSchema, null,
                new Dictionary<string, string?> { ["name"] = nameOrUuid }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a schema and all its points (D48).</summary>
    public async Task DeleteSchemaAsync(string uuid, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/schemas/{CheckUuid(uuid)}", null, cancellationToken).ConfigureAwait(false);

    // ---- Points --------------------------------------------------------------------------------------------------

    /// <summary>The points of a schema, oldest first, optionally only those with <paramref name="begin"/> ≤ timestamp ≤ <paramref name="end"/> (D47).</summary>
    public async Task<IReadOnlyList<MetricPoint>> GetPointsAsync(string uuid, DateTimeOffset? begin = null, DateTimeOffset? end = null,
        CancellationToken cancellationToken = default)
    {
        var path = $"{Base}/schemas/{CheckUuid(uuid)}/points";
        var array = await _connection.RequestAsync(path, HttpMethod.Get, null, Range(begin, end), cancellationToken).ConfigureAwait(false) as JsonArray
            ?? throw new LeanIXRequestFailedException($"GET /{Base}/schemas/{{uuid}}/points: the response is not a list.", $"GET /{Base}/schemas/{{uuid}}/points");
        return array.Select(p => MetricPoint.From(p, $"GET /{Base}/schemas/{{uuid}}/points")).ToList();
    }

    /// <summary>The point at <paramref name="timestamp"/> (whole seconds).</summary>
    /// <exception cref="LeanIXNotFoundException">There is none.</exception>
    public async Task<MetricPoint> GetPointAsync(string uuid, DateTimeOffset timestamp, CancellationToken cancellationToken = default)
    {
        var path = $"{Base}/schemas/{CheckUuid(uuid)}/points/{Seconds(timestamp)}";
        return MetricPoint.From(await _connection.RequestAsync(path, HttpMethod.Get, null, null, cancellationToken).ConfigureAwait(false), $"GET /{Base}/schemas/{{uuid}}/points/{{timestamp}}");
    }

    /// <summary>Writes a point, overwriting one at the same timestamp; keys must be attributes of the schema (else 422).</summary>
    public async Task<MetricPoint> PostPointAsync(string uuid, MetricPoint point, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        var answer = await _connection.RequestAsync($"{Base}/schemas/{CheckUuid(uuid)}/points", HttpMethod.Post, point.ToJson(), null, cancellationToken).ConfigureAwait(false);
        return MetricPoint.From(answer, $"POST /{Base}/schemas/{{uuid}}/points");
    }

    /// <summary>Writes several points in one request (all or none).</summary>
    public async Task<IReadOnlyList<MetricPoint>> PostPointsAsync(string uuid, IEnumerable<MetricPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var body = new JsonArray(points.Select(p => (JsonNode)p.ToJson()).ToArray());
        if (body.Count == 0) return [];
        var answer = await _connection.RequestAsync($"{Base}/schemas/{CheckUuid(uuid)}/points", HttpMethod.Post, body, null, cancellationToken).ConfigureAwait(false);
        return (answer as JsonArray ?? []).Select(p => MetricPoint.From(p, $"POST /{Base}/schemas/{{uuid}}/points")).ToList();
    }

    /// <summary>Deletes the point at <paramref name="timestamp"/>.</summary>
    /// <exception cref="LeanIXNotFoundException">There is none.</exception>
    public async Task DeletePointAsync(string uuid, DateTimeOffset timestamp, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/schemas/{CheckUuid(uuid)}/points/{Seconds(timestamp)}", null, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes every point of a schema (the schema stays).</summary>
    public async Task DeletePointsAsync(string uuid, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/schemas/{CheckUuid(uuid)}/points", null, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes the points with <paramref name="begin"/> ≤ timestamp ≤ <paramref name="end"/>.</summary>
    public async Task DeletePointsRangeAsync(string uuid, DateTimeOffset begin, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        if (begin > end) throw new ArgumentOutOfRangeException(nameof(begin), begin, "begin must not be after end.");
        await _connection.RequestAsync($"{Base}/schemas/{CheckUuid(uuid)}/points", HttpMethod.Delete, null, Range(begin, end), cancellationToken).ConfigureAwait(false);
    }

    // ---- Charts --------------------------------------------------------------------------------------------------

    /// <summary>Creates a chart; every series must name a schema and one of its metric attributes (else 422).</summary>
    public async Task<MetricsChart> CreateChartAsync(MetricsChart chart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var body = LeanIXConnection.Serialize(chart with { Id = null }, Wire.MetricsChart);
        return await _connection.SendAsync(HttpMethod.Post, $"{Base}/charts", Wire.MetricsChart, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every chart.</summary>
    public async Task<IReadOnlyList<MetricsChart>> GetChartsAsync(CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{Base}/charts", Wire.ListMetricsChart, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>One chart.</summary>
    public async Task<MetricsChart> GetChartAsync(string id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{Base}/charts/{CheckUuid(id)}", Wire.MetricsChart, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates one chart per quality KPI of a schema (the seed's <c>create_kpi_charts</c>: several POST <c>/charts</c>, admin.md §3.2).
    /// Without <paramref name="kpis"/>, the <see cref="QualityKpis.Standard"/> KPIs the schema has metrics for; named KPIs must
    /// all be metric attributes of the schema. A schema with a <c>factSheetId</c> dimension gets charts bound to the fact sheet
    /// being viewed.
    /// </summary>
    public async Task<IReadOnlyList<MetricsChart>> CreateKpiChartsAsync(string schemaNameOrUuid, IEnumerable<QualityKpi>? kpis = null,
        CancellationToken cancellationToken = default)
    {
        var schema = await GetSchemaAsync(schemaNameOrUuid, cancellationToken).ConfigureAwait(false);
        var wanted = kpis?.ToList() ?? QualityKpis.Standard.Where(k => schema.HasMetric(k.Attribute)).ToList();
        if (wanted.FirstOrDefault(k => !schema.HasMetric(k.Attribute)) is { } missing)
            throw new ArgumentException($"Schema '{schema.Name}' has no metric attribute '{missing.Attribute}' for KPI '{missing.Title}'.", nameof(kpis));
        if (wanted.Count == 0)
            throw new ArgumentException($"Schema '{schema.Name}' has none of the standard quality KPI metrics ({string.Join(", ", QualityKpis.Standard.Select(k => k.Attribute))}).", nameof(kpis));
        var rule = schema.HasDimension("factSheetId") ? ChartTagsRule.ForViewedFactSheet() : null;
        var created = new List<MetricsChart>();
        foreach (var kpi in wanted)
            created.Add(await CreateChartAsync(KpiChart(schema, kpi, rule), cancellationToken).ConfigureAwait(false));
        return created;
    }

    private static MetricsChart KpiChart(MetricSchema schema, QualityKpi kpi, ChartTagsRule? rule) => new()
    {
        Chart = new ChartDefinition
        {
            Title = kpi.Title,
            Config = new ChartConfig
            {
                Timespan = "52w", TitleYAxis = kpi.Unit, DefaultAggregation = "month",
                AggregationTypes = ["month", "quarter", "year"], MissingDataConfiguration = "SHOW_GAP"
            }
        },
        Series = [new ChartSeries
        {
            Title = kpi.Title, Measurement = schema.Name, FieldName = kpi.Attribute, Type = "line", TagsRule = rule,
            AggregationFunction = kpi.AggregationFunction, Grouping = "1d", Color = kpi.Color, Unit = kpi.Unit
        }]
    };

    private static Dictionary<string, string?> Range(DateTimeOffset? begin, DateTimeOffset? end) => new()
    {
        ["begin"] = begin is { } b ? Seconds(b) : null,
        ["end"] = end is { } e ? Seconds(e) : null
    };

    private static string Seconds(DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string CheckUuid(string uuid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        return Guid.TryParse(uuid, out _) ? uuid : throw new ArgumentException($"'{uuid}' is not a uuid.", nameof(uuid));
    }
}
