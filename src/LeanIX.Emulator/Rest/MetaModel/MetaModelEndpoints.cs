using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.MetaModel;

/// <summary>
/// The meta model of Pathfinder (admin.md §7, D59–D62): the MetaModel read, action batches (list, read, create) and the
/// actions that touched a node (audit log). A batch runs at once and all or nothing (D62); a DONE batch swaps in a new
/// model instance through <see cref="Store.Workspace.ReplaceModel"/>, so the data model, view model, languages and
/// GraphQL schema change together. D1 envelopes, D2 errors; only workspace admins create batches.
/// </summary>
public static class MetaModelEndpoints
{
    private const string Base = DataModelEndpoints.Base + "/metaModel";
    private const string Service = "meta model";

    /// <summary>admin.md §7: the action batch list pages by 20 unless told otherwise.</summary>
    private const int DefaultBatchPageSize = 20;

    public static WebApplication MapMetaModelEndpoints(this WebApplication app)
    {
        ServiceRoutes.Map(app, "GET", Base, false, Service, ReadAsync);
        ServiceRoutes.Map(app, "GET", Base + "/actionBatches", false, Service, ListBatchesAsync);
        ServiceRoutes.Map(app, "POST", Base + "/actionBatches", true, Service, CreateBatchAsync);
        ServiceRoutes.Map(app, "GET", Base + "/actionBatches/{id}", false, Service, GetBatchAsync);
        ServiceRoutes.Map(app, "GET", Base + "/actions/audit-log", false, Service, AuditLogAsync);
        ServiceRoutes.Map(app, "GET", Base + "/{factSheetType}", false, Service, ReadTypeAsync);
        return app;
    }

    private static async Task<IResult> ReadAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("MetaModel", MetaModelJson.MetaModel(workspace.Id, workspace.Model, workspace.Model.Types.Values), 1);
    }

    private static async Task<IResult> ReadTypeAsync(HttpContext context)
    {
        var key = ServiceRoutes.Route(context, "factSheetType");
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var type = workspace.Model.Type(key) ?? throw new NotFoundException($"Fact sheet type '{key}' does not exist.", key);
            return Envelope.OkResult("MetaModel", MetaModelJson.MetaModel(workspace.Id, workspace.Model, [type]), 1);
        }
    }

    /// <summary>Newest first, <c>page</c> (1-based) and <c>size</c> (default 20, max 100).</summary>
    private static async Task<IResult> ListBatchesAsync(HttpContext context)
    {
        var page = ServiceRoutes.Page(context.Request.Query);
        if (string.IsNullOrEmpty(context.Request.Query["size"])) page = page with { Size = DefaultBatchPageSize };
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var all = Newest(workspace.State.Source<MetaModelActionBatch>().All).ToList();
            var data = new JsonArray(page.Of(all).Select(b => (JsonNode)MetaModelJson.Batch(b)).ToArray());
            return Envelope.OkResult("ActionBatch", data, all.Count);
        }
    }

    private static async Task<IResult> GetBatchAsync(HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var batch = (Guid.TryParse(id, out var guid) ? workspace.State.Source<MetaModelActionBatch>().Get(guid) : null)
                ?? throw new NotFoundException($"Action batch '{id}' does not exist.", id);
            return Envelope.OkResult("ActionBatch", MetaModelJson.Batch(batch), 1);
        }
    }

    /// <summary>D62: HTTP 200 whether the batch is DONE or ERROR; the errors are inside. A body that is no list of actions is a 400.</summary>
    private static async Task<IResult> CreateBatchAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (!string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.OrdinalIgnoreCase))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may change the meta model.", principal.WorkspaceRole);
        var items = await ReadItemsAsync(context);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var now = workspace.Clock.GetUtcNow();
            var outcome = MetaModelBatchRunner.Run(workspace.Model, workspace.State, items, now);
            if (outcome.Model is { } next) workspace.ReplaceModel(next);
            var batch = new MetaModelActionBatch
            {
                Id = Guid.NewGuid(), ActorId = principal.UserId, Status = outcome.Status, Errors = outcome.Errors,
                CreatedAt = now, UpdatedAt = now, ActionsJson = outcome.Actions.ToJsonString()
            };
            var tx = workspace.Begin(principal.UserId);
            tx.Overlay<MetaModelActionBatch>().Add(batch);
            workspace.Commit(tx);
            return Envelope.OkResult("ActionBatch", MetaModelJson.Batch(batch), 1);
        }
    }

    /// <summary>
    /// D60: the actions of all batches that touched the node <c>factSheetType[/section[/subsection[/field]]]</c> or
    /// anything below it, newest first. A CREATE_ITEM counts for the item it created; a field may be asked for by its
    /// key alone (the seed's <c>get_actions_for_field</c> knows no section).
    /// </summary>
    private static async Task<IResult> AuditLogAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var type = query["factSheetType"].FirstOrDefault();
        if (string.IsNullOrEmpty(type)) throw new RestInputException("The query parameter 'factSheetType' is required.", null, "factSheetType");
        // Each given part must match; a field may be named without its section and subsection.
        var parts = new[] { "section", "subsection", "field" }.Select(m => query[m].FirstOrDefault() is { Length: > 0 } v ? v : null).ToArray();
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            if (workspace.Model.Type(type) is null) throw new NotFoundException($"Fact sheet type '{type}' does not exist.", type);
            var actions = Newest(workspace.State.Source<MetaModelActionBatch>().All)
                .SelectMany(b => JsonNode.Parse(b.ActionsJson)!.AsArray().OfType<JsonObject>().Reverse())
                .Where(a => Target(a) is { } target && target.FactSheetType == type && parts.Select((p, i) => p is null || target.At(i + 1) == p).All(ok => ok))
                .Select(a => (JsonNode)a.DeepClone()).ToArray();
            return Envelope.OkResult("MetaModelAction", new JsonArray(actions), actions.Length);
        }
    }

    /// <summary>The node an action changed: its node, or for a CREATE_ITEM sent to the parent, the parent plus the new key.</summary>
    private static MetaModelNode? Target(JsonObject action)
    {
        MetaModelNode node;
        try
        {
            node = MetaModelNode.Parse(action["node"]);
        }
        catch (MetaModelActionException)
        {
            return null;
        }
        var depth = action["subtype"]?.GetValue<string>() switch
        {
            "SECTION" => 2,
            "SUBSECTION" => 3,
            "FIELD_FACT_SHEET" => 4,
            "FIELD_VALUE" => 5,
            _ => 0
        };
        return action["type"]?.GetValue<string>() == "CREATE_ITEM" && node.Depth == depth - 1 && action["payload"]?["key"] is JsonValue key && key.TryGetValue<string>(out var k)
            ? node.Child(k)
            : node;
    }

    private static IEnumerable<MetaModelActionBatch> Newest(IEnumerable<MetaModelActionBatch> batches) =>
        batches.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id);

    private static async Task<JsonArray> ReadItemsAsync(HttpContext context)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new RestInputException($"The request body is not valid JSON: {e.Message}");
        }
        return body switch
        {
            JsonArray { Count: > 0 } items => items,
            JsonArray => throw new RestInputException("An action batch needs at least one action."),
            _ => throw new RestInputException("The body must be a JSON array of actions [{type, subtype, node, payload}].")
        };
    }
}
