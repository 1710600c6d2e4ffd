using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Metrics;

/// <summary>Metrics v2 over HTTP (admin.md §3, D47, D48): schemas, points, charts, FastAPI error bodies.</summary>
public class MetricsEndpointTests
{
    private const string Base = "services/metrics/v2";

    private static JsonObject QualitySchema(string name = "Quality") => new()
    {
        ["name"] = name,
        ["description"] = "quality KPIs",
        ["attributes"] = new JsonArray(
            new JsonObject { ["name"] = "factSheetId", ["type"] = "dimension" },
            new JsonObject { ["name"] = "completeness", ["type"] = "metric" },
            new JsonObject { ["name"] = "missingOwner", ["type"] = "metric" })
    };

    private static async Task<JsonNode> SendAsync(WireClient client, HttpMethod method, string path, JsonNode? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? JsonValue.Create("")! : JsonNode.Parse(text)!;
    }

    /// <summary>FastAPI: <c>{"detail": "…"}</c>.</summary>
    private static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["detail"], body.Select(p => p.Key));
        return body["detail"]!.GetValue<string>();
    }

    /// <summary>FastAPI 422: <c>{"detail":[{"loc","msg","type"}]}</c>.</summary>
    private static async Task<JsonObject> ValidationAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"expected 422, got {(int)response.StatusCode}: {text}");
        var error = Assert.Single(JsonNode.Parse(text)!["detail"]!.AsArray())!.AsObject();
        Assert.Equal(["loc", "msg", "type"], error.Select(p => p.Key));
        return error;
    }

    [Fact]
    public async Task Schemas_are_created_listed_found_read_and_deleted_with_their_points()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var created = await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema());
        Assert.Equal(["uuid", "name", "description", "attributes"], created.AsObject().Select(p => p.Key));
        var uuid = (string)created["uuid"]!;
        Assert.True(Guid.TryParse(uuid, out _));
        Assert.Equal("metric", (string?)created["attributes"]![1]!["type"]);
        await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema("Another"));

        var all = (await SendAsync(client, HttpMethod.Get, $"{Base}/schemas")).AsArray(); // bare array
        Assert.Equal(["Another", "Quality"], all.Select(s => (string?)s!["name"]));
        Assert.True(JsonNode.DeepEquals(created, await SendAsync(client, HttpMethod.Get, $"{Base}/schemas/find?name=Quality")));
        Assert.True(JsonNode.DeepEquals(created, await SendAsync(client, HttpMethod.Get, $"{Base}/schemas/{uuid}")));

        await SendAsync(client, HttpMethod.Post, $"{Base}/schemas/{uuid}/points", new JsonObject { ["timestamp"] = 1_700_000_000, ["completeness"] = 0.5 });
        await SendAsync(client, HttpMethod.Delete, $"{Base}/schemas/{uuid}", expected: HttpStatusCode.NoContent);
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}/schemas/{uuid}"))
            Assert.Contains("not found", await DetailAsync(response, HttpStatusCode.NotFound));
        Assert.Empty(host.Workspace.State.Source<LeanIX.Emulator.Domain.MetricPoint>().All); // D48: points go with the schema
    }

    [Fact]
    public async Task Points_take_seconds_milliseconds_or_iso_are_overwritten_per_timestamp_and_read_by_inclusive_range()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var uuid = (string)(await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema()))["uuid"]!;
        var points = $"{Base}/schemas/{uuid}/points";

        var one = await SendAsync(client, HttpMethod.Post, points, new JsonObject { ["timestamp"] = 1000, ["factSheetId"] = "fs-1", ["completeness"] = 0.25 });
        Assert.Equal(["timestamp", "factSheetId", "completeness"], one.AsObject().Select(p => p.Key));
        var many = await SendAsync(client, HttpMethod.Post, points, new JsonArray(
            new JsonObject { ["timestamp"] = 2_000_000, ["completeness"] = 0.5 },                       // seconds
            new JsonObject { ["timestamp"] = 3_000_000_000_000L, ["missingOwner"] = 3 },                 // milliseconds (D47)
            new JsonObject { ["timestamp"] = "2024-01-01T00:00:00.000Z", ["completeness"] = 0.75 }));     // ISO (LXP importMetrics)
        Assert.Equal([2_000_000L, 3_000_000_000L, 1_704_067_200L], many.AsArray().Select(p => p!["timestamp"]!.GetValue<long>()));

        // Overwrite at a taken timestamp.
        await SendAsync(client, HttpMethod.Post, points, new JsonObject { ["timestamp"] = 1000, ["completeness"] = 0.9 });
        var at1000 = await SendAsync(client, HttpMethod.Get, $"{points}/1000");
        Assert.Equal(0.9, at1000["completeness"]!.GetValue<double>());
        Assert.Null(at1000["factSheetId"]);

        var all = (await SendAsync(client, HttpMethod.Get, points)).AsArray();
        Assert.Equal([1000L, 2_000_000L, 1_704_067_200L, 3_000_000_000L], all.Select(p => p!["timestamp"]!.GetValue<long>()));
        var range = (await SendAsync(client, HttpMethod.Get, $"{points}?begin=2000000&end=1704067200")).AsArray();
        Assert.Equal([2_000_000L, 1_704_067_200L], range.Select(p => p!["timestamp"]!.GetValue<long>())); // inclusive

        await SendAsync(client, HttpMethod.Delete, $"{points}/1000", expected: HttpStatusCode.NoContent);
        using (var response = await client.SendAsync(HttpMethod.Get, $"{points}/1000"))
            await DetailAsync(response, HttpStatusCode.NotFound);
        await SendAsync(client, HttpMethod.Delete, $"{points}?begin=1999999&end=2000001", expected: HttpStatusCode.NoContent);
        Assert.Equal(2, (await SendAsync(client, HttpMethod.Get, points)).AsArray().Count);
        await SendAsync(client, HttpMethod.Delete, points, expected: HttpStatusCode.NoContent); // no range: all
        Assert.Empty((await SendAsync(client, HttpMethod.Get, points)).AsArray());
    }

    [Fact]
    public async Task Charts_are_created_with_an_id_listed_and_read_and_their_series_must_name_schema_metrics()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema());
        JsonObject Chart(string measurement, string field) => new()
        {
            ["chart"] = new JsonObject { ["title"] = "Completeness", ["isStacked"] = false, ["config"] = new JsonObject { ["timespan"] = "52w" } },
            ["series"] = new JsonArray(new JsonObject
            {
                ["title"] = "Completeness", ["measurement"] = measurement, ["fieldName"] = field, ["type"] = "line",
                ["tagsRule"] = new JsonObject { ["operator"] = "AND", ["rules"] = new JsonArray(new JsonObject { ["tagName"] = "factSheetId", ["operator"] = "equals", ["target"] = "factSheetId" }) },
                ["aggregationFunction"] = "AVG"
            })
        };
        var created = await SendAsync(client, HttpMethod.Post, $"{Base}/charts", Chart("Quality", "completeness"));
        var id = (string)created["id"]!;
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal("factSheetId", (string?)created["series"]![0]!["tagsRule"]!["rules"]![0]!["target"]);
        Assert.True(JsonNode.DeepEquals(created, await SendAsync(client, HttpMethod.Get, $"{Base}/charts/{id}")));
        Assert.Single((await SendAsync(client, HttpMethod.Get, $"{Base}/charts")).AsArray());

        using (var response = await client.SendAsync(HttpMethod.Post, $"{Base}/charts", Chart("Nope", "completeness")))
            Assert.Equal(new JsonArray("body", "series", "0", "measurement").ToJsonString(), (await ValidationAsync(response))["loc"]!.ToJsonString());
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Base}/charts", Chart("Quality", "factSheetId")))
            Assert.Contains("not a metric attribute", (string?)(await ValidationAsync(response))["msg"]);
        await SendAsync(client, HttpMethod.Delete, $"{Base}/charts/{id}", expected: HttpStatusCode.NoContent);
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}/charts/{id}"))
            await DetailAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_is_422_with_a_location_and_a_duplicate_name_is_409()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var uuid = (string)(await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema()))["uuid"]!;
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Base}/schemas", QualitySchema()))
            Assert.Contains("already exists", await DetailAsync(response, HttpStatusCode.Conflict));

        foreach (var (path, body, location) in new (string, JsonNode, string[])[]
                 {
                     ($"{Base}/schemas", new JsonObject { ["attributes"] = new JsonArray() }, ["body", "name"]),
                     ($"{Base}/schemas", new JsonObject { ["name"] = "x", ["attributes"] = new JsonArray(new JsonObject { ["name"] = "a", ["type"] = "gauge" }) }, ["body", "attributes", "0", "type"]),
                     ($"{Base}/schemas/{uuid}/points", new JsonObject { ["completeness"] = 1 }, ["body", "timestamp"]),
                     ($"{Base}/schemas/{uuid}/points", new JsonObject { ["timestamp"] = "soon" }, ["body", "timestamp"]),
                     ($"{Base}/schemas/{uuid}/points", new JsonObject { ["timestamp"] = 1, ["colour"] = 1 }, ["body", "colour"]),
                     ($"{Base}/schemas/{uuid}/points", new JsonObject { ["timestamp"] = 1, ["completeness"] = "high" }, ["body", "completeness"]),
                     ($"{Base}/schemas/{uuid}/points", new JsonArray(new JsonObject { ["timestamp"] = 1 }, new JsonObject { ["timestamp"] = 2, ["factSheetId"] = 5 }), ["body", "1", "factSheetId"])
                 })
        {
            using var response = await client.SendAsync(HttpMethod.Post, path, body);
            Assert.Equal(new JsonArray(location.Select(l => (JsonNode?)l).ToArray()).ToJsonString(), (await ValidationAsync(response))["loc"]!.ToJsonString());
        }
        Assert.Empty((await SendAsync(client, HttpMethod.Get, $"{Base}/schemas/{uuid}/points")).AsArray()); // a bad batch stores nothing
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}/schemas/{uuid}/points?begin=5&end=1"))
            Assert.Equal("[\"query\",\"begin\"]", (await ValidationAsync(response))["loc"]!.ToJsonString());
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}/schemas/find"))
            Assert.Equal("value_error.missing", (string?)(await ValidationAsync(response))["type"]);
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}/kpis"))
            await DetailAsync(response, HttpStatusCode.NotImplemented); // D48
    }

    [Fact]
    public async Task Unknown_schemas_points_and_routes_are_404_with_a_detail()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var uuid = (string)(await SendAsync(client, HttpMethod.Post, $"{Base}/schemas", QualitySchema()))["uuid"]!;
        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Get, $"{Base}/schemas/{Guid.NewGuid()}"), (HttpMethod.Delete, $"{Base}/schemas/not-a-uuid"),
                     (HttpMethod.Get, $"{Base}/schemas/{Guid.NewGuid()}/points"), (HttpMethod.Get, $"{Base}/schemas/find?name=Nope"),
                     (HttpMethod.Get, $"{Base}/schemas/{uuid}/points/42"), (HttpMethod.Delete, $"{Base}/schemas/{uuid}/points/42"),
                     (HttpMethod.Get, $"{Base}/charts/{Guid.NewGuid()}"), (HttpMethod.Get, $"{Base}/nothing-here")
                 })
        {
            using var response = await client.SendAsync(method, path);
            await DetailAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Every_route_needs_a_bearer_answered_in_fastapi_shape_and_a_viewer_only_reads()
    {
        await using var host = await ViewerToken.StartAsync();
        using var admin = new WireClient(host, ViewerToken.AdminToken);
        var uuid = (string)(await SendAsync(admin, HttpMethod.Post, $"{Base}/schemas", QualitySchema()))["uuid"]!;

        using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
        foreach (var path in new[] { $"{Base}/schemas", $"{Base}/schemas/{uuid}/points", $"{Base}/charts" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal("Unauthorized", await DetailAsync(response, HttpStatusCode.Unauthorized));
        }

        using var viewer = new WireClient(host, ViewerToken.Token);
        Assert.Single((await SendAsync(viewer, HttpMethod.Get, $"{Base}/schemas")).AsArray());
        foreach (var (method, path, body) in new (HttpMethod, string, JsonNode?)[]
                 {
                     (HttpMethod.Post, $"{Base}/schemas", QualitySchema("V")),
                     (HttpMethod.Delete, $"{Base}/schemas/{uuid}", null),
                     (HttpMethod.Post, $"{Base}/schemas/{uuid}/points", new JsonObject { ["timestamp"] = 1 }),
                     (HttpMethod.Delete, $"{Base}/schemas/{uuid}/points", null),
                     (HttpMethod.Post, $"{Base}/charts", new JsonObject())
                 })
        {
            using var response = await viewer.SendAsync(method, path, body);
            Assert.Contains("VIEWER", await DetailAsync(response, HttpStatusCode.Forbidden));
        }
    }
}
