using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain.Integrations;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// The Integration API, <c>/services/integration-api/v1</c> (admin.md §1, D37–D42, D75, D76). Success bodies are bare JSON
/// (admin.md §0); errors are D2 bodies (D75). Any role reads; VIEWER tokens may not change configurations or runs (403, D66).
/// </summary>
public static class IntegrationApiEndpoints
{
    public const string Base = "/services/integration-api/v1";

    public static WebApplication MapIntegrationApiEndpoints(this WebApplication app, IntegrationApiOptions options)
    {
        var runs = new SyncRuns(options, app.Services.GetRequiredService<TimeProvider>(), new WorkspaceRunSyncLog(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LeanIX.Emulator.IntegrationApi"));
        var clock = app.Services.GetRequiredService<TimeProvider>();
        app.MapGet(Base + "/configurations", (Func<HttpContext, Task<IResult>>)ListConfigurationsAsync);
        app.MapPut(Base + "/configurations", (Func<HttpContext, Task<IResult>>)(c => PutConfigurationAsync(c, clock)));
        app.MapDelete(Base + "/configurations", (Func<HttpContext, Task<IResult>>)DeleteConfigurationAsync);
        app.MapGet(Base + "/synchronizationRuns", (HttpContext c) =>
            Json(new JsonArray(runs.Of(c.Principal().Workspace).Select(r => (JsonNode)r.StatusJson()).ToArray())));
        app.MapPost(Base + "/synchronizationRuns", (Func<HttpContext, Task<IResult>>)(c => CreateRunAsync(c, runs, clock, withConfig: false)));
        app.MapPost(Base + "/synchronizationRuns/withConfig", (Func<HttpContext, Task<IResult>>)(c => CreateRunAsync(c, runs, clock, withConfig: true)));
        foreach (var unsupported in new[] { "/synchronizationRuns/withUrlInput", "/synchronizationRuns/withExecutionGroup",
                     "/synchronizationRuns/withExecutionGroupAndUrlInput", "/fastSynchronizationRuns", "/fastSynchronizationRuns/withConfig" })
            app.MapPost(Base + unsupported, () => Envelope.ErrorResult(StatusCodes.Status501NotImplemented, "Not implemented by the emulator (D76)"));
        app.MapPost(Base + "/synchronizationRuns/{id}/start", (HttpContext c, string id) => WithRun(c, runs, id, run =>
            Writer(c) ?? (runs.Start(run, Flag(c, "test")) is { } error ? Envelope.ErrorResult(400, error) : Results.Ok())));
        app.MapPost(Base + "/synchronizationRuns/{id}/stop", (HttpContext c, string id) => WithRun(c, runs, id, run =>
            Writer(c) ?? (runs.Stop(run) is { } error ? Envelope.ErrorResult(400, error) : Results.Ok())));
        app.MapGet(Base + "/synchronizationRuns/{id}/status", (HttpContext c, string id) => WithRun(c, runs, id, run => Json(run.StatusJson())));
        app.MapGet(Base + "/synchronizationRuns/{id}/progress", (HttpContext c, string id) => WithRun(c, runs, id, run => Json(run.Statistics.Progress())));
        app.MapGet(Base + "/synchronizationRuns/{id}/stats", (HttpContext c, string id) => WithRun(c, runs, id, run => Json(run.Statistics.Stats())));
        app.MapGet(Base + "/synchronizationRuns/{id}/results", (HttpContext c, string id) => WithRun(c, runs, id, run =>
            run.Results is { } results && run.Status == RunStatus.Finished ? Json(results) : Results.NoContent()));
        app.MapGet(Base + "/synchronizationRuns/{id}/resultsUrl", (HttpContext c, string id) => WithRun(c, runs, id, run =>
            Json(new JsonObject { ["url"] = run.Results is not null && run.Status == RunStatus.Finished ? $"{Base}/synchronizationRuns/{run.Id:D}/results" : null })));
        app.MapGet(Base + "/synchronizationRuns/{id}/warnings", (HttpContext c, string id) => WithRun(c, runs, id, run => Warnings(c, run)));
        app.MapGet(Base + "/synchronizationRuns/{id}/debug", (HttpContext c, string id) => WithRun(c, runs, id, _ => Json(new JsonArray())));
        app.MapGet(Base + "/synchronizationRuns/{id}/debugVariables", (HttpContext c, string id) => WithRun(c, runs, id, _ => Json(new JsonArray())));
        return app;
    }

    private static async Task<IResult> ListConfigurationsAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Json(new JsonArray(ConfigurationMatching.Filter(workspace.State, context.Request.Query)
                .Select(c => JsonNode.Parse(c.Json)).ToArray()));
    }

    /// <summary>PUT inserts or replaces the configuration with the same five identity members (IAPI-SPEC): 204.</summary>
    private static async Task<IResult> PutConfigurationAsync(HttpContext context, TimeProvider clock)
    {
        if (Writer(context) is { } forbidden) return forbidden;
        var (body, parseError) = await ReadObjectAsync(context);
        if (body is null) return Envelope.ErrorResult(400, parseError!);
        if (ConfigurationIdentity.FromJson(body, out var identityError) is not { } identity) return Envelope.ErrorResult(400, identityError!);
        if (ConfigurationValidation.Error(body, identity.ProcessingDirection) is { } invalid) return Envelope.ErrorResult(400, invalid);
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var overlay = tx.Overlay<ProcessorConfiguration>();
            var entity = identity.ToEntity(workspace.Id, body, clock.GetUtcNow());
            if (overlay.Get(entity.Id) is not null) overlay.Remove(entity.Id);
            overlay.Add(entity);
            workspace.Commit(tx);
        }
        return Results.NoContent();
    }

    /// <summary>DELETE needs type, id, version and direction (mode defaults to partial): 400 without them, 404 when none matches.</summary>
    private static async Task<IResult> DeleteConfigurationAsync(HttpContext context)
    {
        if (Writer(context) is { } forbidden) return forbidden;
        var query = new JsonObject();
        foreach (var name in new[] { "connectorType", "connectorId", "connectorVersion", "processingDirection", "processingMode" })
            if (context.Request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)) query[name] = value.ToString();
        if (ConfigurationIdentity.FromJson(query, out var error) is not { } identity) return Envelope.ErrorResult(400, error!);
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var id = identity.Id(workspace.Id);
            if (tx.Overlay<ProcessorConfiguration>().Get(id) is null)
                return Envelope.ErrorResult(404, $"No processor configuration for {identity.ConnectorType}/{identity.ConnectorId}/{identity.ConnectorVersion}/{identity.ProcessingDirection}/{identity.ProcessingMode}");
            tx.Overlay<ProcessorConfiguration>().Remove(id);
            workspace.Commit(tx);
        }
        return Results.NoContent();
    }

    /// <summary>
    /// POST <c>/synchronizationRuns[/withConfig]?start=&amp;test=</c> → <c>{"id"}</c> (D38). The configuration is the stored one
    /// the LDIF selects (D40), or, for <c>withConfig</c>, the one sent along (checked like a PUT, not stored).
    /// </summary>
    private static async Task<IResult> CreateRunAsync(HttpContext context, SyncRuns runs, TimeProvider clock, bool withConfig)
    {
        if (Writer(context) is { } forbidden) return forbidden;
        var (body, parseError) = await ReadObjectAsync(context);
        if (body is null) return Envelope.ErrorResult(400, parseError!);
        var workspace = context.Principal().Workspace;
        var ldif = withConfig ? body["input"] as JsonObject : body;
        if (ldif is null) return Envelope.ErrorResult(400, "'input' must be an LDIF object");
        if (LdifValidation.HeaderError(ldif) is { } headerError) return Envelope.ErrorResult(400, headerError);
        var direction = ldif["processingDirection"]!.GetValue<string>().ToLowerInvariant();
        ProcessorConfiguration? configuration;
        if (withConfig)
        {
            if (body["processorConfiguration"] is not JsonObject config) return Envelope.ErrorResult(400, "'processorConfiguration' must be an object");
            if (ConfigurationIdentity.FromJson(config, out var identityError) is not { } identity) return Envelope.ErrorResult(400, identityError!);
            if (ConfigurationValidation.Error(config, identity.ProcessingDirection) is { } invalid) return Envelope.ErrorResult(400, invalid);
            configuration = identity.ToEntity(workspace.Id, config, clock.GetUtcNow());
        }
        else
        {
            using (await workspace.ReadLockAsync(context.RequestAborted))
                configuration = ConfigurationMatching.ForLdif(workspace.State, ldif["connectorType"]!.GetValue<string>(),
                    ldif["connectorId"]!.GetValue<string>(), ldif["connectorVersion"]?.GetValue<string>(), direction);
            if (configuration is null)
                return Envelope.ErrorResult(400, "No processor configuration found for connectorType/connectorId/connectorVersion/processingDirection");
        }
        var run = runs.Create(workspace, context.Principal().UserId, (JsonObject)ldif.DeepClone(), configuration);
        if (Flag(context, "start") && runs.Start(run, Flag(context, "test")) is { } startError) return Envelope.ErrorResult(400, startError);
        return Json(new JsonObject { ["id"] = run.Id.ToString("D") });
    }

    /// <summary><c>offset</c> ≥ 0 (default 0), <c>limit</c> 1..100 (default 100), IAPI-SPEC.</summary>
    private static IResult Warnings(HttpContext context, SyncRun run)
    {
        var offset = int.TryParse(context.Request.Query["offset"], out var o) ? o : 0;
        var limit = int.TryParse(context.Request.Query["limit"], out var l) ? l : 100;
        if (offset < 0 || limit is < 1 or > 100)
            return Envelope.ErrorResult(400, "offset must be ≥ 0 and limit between 1 and 100");
        return Json(new JsonArray(run.Warnings.Skip(offset).Take(limit).Select(w => (JsonNode)w.ToJson()).ToArray()));
    }

    private static IResult WithRun(HttpContext context, SyncRuns runs, string id, Func<SyncRun, IResult> action) =>
        Guid.TryParse(id, out var runId) && runs.Get(context.Principal().Workspace, runId) is { } run
            ? action(run)
            : Envelope.ErrorResult(404, $"Synchronization run '{id}' not found");

    /// <summary>D66: VIEWER tokens cannot change anything.</summary>
    private static IResult? Writer(HttpContext context) =>
        string.Equals(context.Principal().WorkspaceRole, "VIEWER", StringComparison.OrdinalIgnoreCase)
            ? Envelope.ErrorResult(403, "Viewers may not change Integration API configurations or runs", "VIEWER")
            : null;

    private static bool Flag(HttpContext context, string name) =>
        bool.TryParse(context.Request.Query[name], out var value) && value;

    private static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json", statusCode: 200);

    private static async Task<(JsonObject? Body, string? Error)> ReadObjectAsync(HttpContext context)
    {
        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return node is JsonObject o ? (o, null) : (null, "The body must be a JSON object");
        }
        catch (JsonException e)
        {
            return (null, "The body is not valid JSON: " + e.Message);
        }
    }
}
