using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Metrics;

/// <summary>
/// Metrics v2, <c>/services/metrics/v2</c> (admin.md §3, D47, D48): schemas, points and charts as bare JSON, FastAPI
/// error bodies (admin.md §0). KPIs and jobs answer 501 (D48). Deletes answer 204 (D53). VIEWER tokens only read (D66).
/// </summary>
public static class MetricsEndpoints
{
    public const string Base = "/services/metrics/v2";

    public static WebApplication MapMetricsEndpoints(this WebApplication app)
    {
        Map(app, "GET", "/schemas", false, ListSchemasAsync);
        Map(app, "POST", "/schemas", true, CreateSchemaAsync);
        Map(app, "GET", "/schemas/find", false, FindSchemaAsync);
        Map(app, "GET", "/schemas/{uuid}", false, c => ReadAsync(c, (view, schema) => Json(MetricsJson.Schema(schema))));
        Map(app, "DELETE", "/schemas/{uuid}", true, DeleteSchemaAsync);
        Map(app, "GET", "/schemas/{uuid}/points", false, c => ReadAsync(c, (view, schema) => Json(PointsIn(view, schema, Range(c)))));
        Map(app, "POST", "/schemas/{uuid}/points", true, PostPointsAsync);
        Map(app, "DELETE", "/schemas/{uuid}/points", true, c => DeletePointsAsync(c, Range(c)));
        Map(app, "GET", "/schemas/{uuid}/points/{timestamp}", false, c => ReadAsync(c, (view, schema) => Json(MetricsJson.Point(schema, PointAt(view, schema, c)))));
        Map(app, "DELETE", "/schemas/{uuid}/points/{timestamp}", true, DeletePointAsync);
        Map(app, "GET", "/charts", false, ListChartsAsync);
        Map(app, "POST", "/charts", true, CreateChartAsync);
        Map(app, "GET", "/charts/{uuid}", false, GetChartAsync);
        Map(app, "DELETE", "/charts/{uuid}", true, DeleteChartAsync);
        foreach (var path in new[] { "/kpis", "/kpis/{**rest}", "/jobs", "/jobs/{**rest}" })
            app.MapMethods(Base + path, ["GET", "POST", "PUT", "PATCH", "DELETE"], () =>
                FastApiError.Result(StatusCodes.Status501NotImplemented, FastApiError.Detail("KPIs and KPI jobs are not implemented by the emulator (D48).")));
        return app;
    }

    private static async Task<IResult> ListSchemasAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Json(new JsonArray(Schemas(workspace.State).Select(s => (JsonNode)MetricsJson.Schema(s)).ToArray()));
    }

    /// <summary>D48: names are unique per workspace (409).</summary>
    private static async Task<IResult> CreateSchemaAsync(HttpContext context)
    {
        var schema = MetricsJson.ReadSchema(await RequestJson.ReadAsync(context));
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            if (tx.Source<MetricSchema>().All.Any(s => s.Name == schema.Name))
                throw new ConflictException($"A schema named '{schema.Name}' already exists.", schema.Name);
            tx.Overlay<MetricSchema>().Add(schema);
            workspace.Commit(tx);
            return Json(MetricsJson.Schema(schema));
        }
    }

    /// <summary>D48: <c>?name=</c>, 404 if absent.</summary>
    private static async Task<IResult> FindSchemaAsync(HttpContext context)
    {
        var name = context.Request.Query["name"].FirstOrDefault();
        if (string.IsNullOrEmpty(name)) throw new RestInputException("field required", field: "query.name");
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var schema = workspace.State.Source<MetricSchema>().All.FirstOrDefault(s => s.Name == name)
                ?? throw new NotFoundException($"Schema '{name}' not found.", name);
            return Json(MetricsJson.Schema(schema));
        }
    }

    /// <summary>D48: deleting a schema deletes its points.</summary>
    private static Task<IResult> DeleteSchemaAsync(HttpContext context) => WriteAsync(context, (tx, schema) =>
    {
        var points = tx.Overlay<MetricPoint>();
        foreach (var point in points.OwnedBy(schema.Id).ToList()) points.Remove(point.Id);
        tx.Overlay<MetricSchema>().Remove(schema.Id);
        return Results.NoContent();
    });

    /// <summary>One Point, or an array of them (post many); a taken timestamp is overwritten. Answers what was stored.</summary>
    private static async Task<IResult> PostPointsAsync(HttpContext context)
    {
        var body = await RequestJson.ReadAsync(context);
        return await WriteAsync(context, (tx, schema) =>
        {
            var points = tx.Overlay<MetricPoint>();
            if (body is JsonArray many)
            {
                var read = many.Select((node, i) => MetricsJson.ReadPoint(schema, node, $"body.{i}")).ToList();
                foreach (var point in read) points.Add(point);
                return Json(new JsonArray(read.GroupBy(p => p.Timestamp).Select(g => (JsonNode)MetricsJson.Point(schema, g.Last())).ToArray()));
            }
            var one = MetricsJson.ReadPoint(schema, body, "body");
            points.Add(one);
            return Json(MetricsJson.Point(schema, one));
        });
    }

    /// <summary>Without <c>begin</c> and <c>end</c> every point goes; with either, those in the (inclusive) range.</summary>
    private static Task<IResult> DeletePointsAsync(HttpContext context, (long Begin, long End) range) => WriteAsync(context, (tx, schema) =>
    {
        var points = tx.Overlay<MetricPoint>();
        foreach (var point in PointsOf(tx, schema).Where(p => p.Timestamp >= range.Begin && p.Timestamp <= range.End).ToList()) points.Remove(point.Id);
        return Results.NoContent();
    });

    private static Task<IResult> DeletePointAsync(HttpContext context) => WriteAsync(context, (tx, schema) =>
    {
        tx.Overlay<MetricPoint>().Remove(PointAt(tx, schema, context).Id);
        return Results.NoContent();
    });

    private static async Task<IResult> ListChartsAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Json(new JsonArray(workspace.State.Source<MetricChart>().All.OrderBy(c => c.Id).Select(c => JsonNode.Parse(c.Json)).ToArray()));
    }

    private static async Task<IResult> CreateChartAsync(HttpContext context)
    {
        var body = await RequestJson.ReadAsync(context);
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var id = Guid.NewGuid();
            var chart = MetricsJson.ReadChart(body, id, tx.Source<MetricSchema>().All);
            tx.Overlay<MetricChart>().Add(new MetricChart { Id = id, Json = chart.ToJsonString() });
            workspace.Commit(tx);
            return Json(chart);
        }
    }

    private static async Task<IResult> GetChartAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Json(JsonNode.Parse(Chart(workspace.State, context).Json));
    }

    private static async Task<IResult> DeleteChartAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            tx.Overlay<MetricChart>().Remove(Chart(tx, context).Id);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    private static async Task<IResult> ReadAsync(HttpContext context, Func<IWorkspaceView, MetricSchema, IResult> read)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return read(workspace.State, Schema(workspace.State, context));
    }

    private static async Task<IResult> WriteAsync(HttpContext context, Func<WorkspaceTransaction, MetricSchema, IResult> write)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var result = write(tx, Schema(tx, context));
            workspace.Commit(tx);
            return result;
        }
    }

    private static IEnumerable<MetricSchema> Schemas(IWorkspaceView view) => view.Source<MetricSchema>().All.OrderBy(s => s.Name, StringComparer.Ordinal);

    private static IEnumerable<MetricPoint> PointsOf(IWorkspaceView view, MetricSchema schema) => view.Source<MetricPoint>().OwnedBy(schema.Id);

    /// <summary>D47: <c>begin ≤ t ≤ end</c>, each bound open when left out.</summary>
    private static JsonArray PointsIn(IWorkspaceView view, MetricSchema schema, (long Begin, long End) range) =>
        new(PointsOf(view, schema).Where(p => p.Timestamp >= range.Begin && p.Timestamp <= range.End)
            .OrderBy(p => p.Timestamp).Select(p => (JsonNode)MetricsJson.Point(schema, p)).ToArray());

    private static (long Begin, long End) Range(HttpContext context)
    {
        var query = context.Request.Query;
        var begin = query["begin"].FirstOrDefault() is { Length: > 0 } b ? MetricTimestamps.FromText(b, "query.begin") : long.MinValue;
        var end = query["end"].FirstOrDefault() is { Length: > 0 } e ? MetricTimestamps.FromText(e, "query.end") : long.MaxValue;
        if (begin > end) throw new RestInputException($"begin ({begin}) is after end ({end}).", begin.ToString(), "query.begin");
        return (begin, end);
    }

    private static MetricSchema Schema(IWorkspaceView view, HttpContext context)
    {
        var uuid = ServiceRoutes.Route(context, "uuid");
        return (Formats.ParseId(uuid) is { } id ? view.Source<MetricSchema>().Get(id) : null)
            ?? throw new NotFoundException($"Schema '{uuid}' not found.", uuid);
    }

    private static MetricPoint PointAt(IWorkspaceView view, MetricSchema schema, HttpContext context)
    {
        var text = ServiceRoutes.Route(context, "timestamp");
        var timestamp = MetricTimestamps.FromText(text, "path.timestamp");
        return view.Source<MetricPoint>().Get(MetricsJson.PointId(schema.Id, timestamp))
            ?? throw new NotFoundException($"Schema '{schema.Name}' has no point at {timestamp}.", text);
    }

    private static MetricChart Chart(IWorkspaceView view, HttpContext context)
    {
        var uuid = ServiceRoutes.Route(context, "uuid");
        return (Formats.ParseId(uuid) is { } id ? view.Source<MetricChart>().Get(id) : null)
            ?? throw new NotFoundException($"Chart '{uuid}' not found.", uuid);
    }

    private static IResult Json(JsonNode? body) => Results.Text(body?.ToJsonString() ?? "null", "application/json");

    private static void Map(WebApplication app, string method, string pattern, bool writes, Func<HttpContext, Task<IResult>> handler) =>
        app.MapMethods(Base + pattern, [method], (Delegate)(Func<HttpContext, Task<IResult>>)(c => GuardedAsync(c, writes, handler))); // a bare RequestDelegate would drop the IResult

    /// <summary>FastAPI shapes (admin.md §0): 422 with a location for bad input, <c>{"detail"}</c> otherwise.</summary>
    private static async Task<IResult> GuardedAsync(HttpContext context, bool writes, Func<HttpContext, Task<IResult>> handler)
    {
        if (writes && context.Principal().WorkspaceRole.Equals("VIEWER", StringComparison.OrdinalIgnoreCase))
            return FastApiError.Result(StatusCodes.Status403Forbidden, FastApiError.Detail("A VIEWER may read metrics but not change them."));
        try
        {
            return await handler(context);
        }
        catch (RestInputException e)
        {
            var location = (e.Field ?? "body").Split('.');
            return FastApiError.Result(StatusCodes.Status422UnprocessableEntity, FastApiError.Validation(location, e.Message,
                e.Message == "field required" ? "value_error.missing" : "value_error"));
        }
        catch (NotFoundException e)
        {
            return FastApiError.Result(StatusCodes.Status404NotFound, FastApiError.Detail(e.Message));
        }
        catch (ConflictException e)
        {
            return FastApiError.Result(StatusCodes.Status409Conflict, FastApiError.Detail(e.Message));
        }
    }
}
