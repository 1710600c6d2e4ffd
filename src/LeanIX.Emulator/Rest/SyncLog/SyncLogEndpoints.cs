using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.SyncLog;

/// <summary>
/// The synchronization log, <c>/services/synclog/v1</c> (admin.md §2, D43–D46): runs and their items, D1 envelopes,
/// D2 errors, page/size/sort lists. Writes need a workspace role above VIEWER (D66, <see cref="ServiceRoutes"/>).
/// </summary>
public static class SyncLogEndpoints
{
    public const string Base = "/services/synclog/v1";

    /// <summary>D45: at most this many items per batch.</summary>
    public const int MaxBatch = 1000;

    private static readonly Dictionary<string, Func<Synchronization, IComparable?>> RunSortFields = new(StringComparer.Ordinal)
    {
        ["createdAt"] = r => r.CreatedAt,
        ["finishedAt"] = r => r.FinishedAt,
        ["name"] = r => r.Name,
        ["topic"] = r => r.Topic,
        ["trigger"] = r => r.Trigger,
        ["progress"] = r => r.Progress
    };

    private static readonly Dictionary<string, Func<SyncItem, IComparable?>> ItemSortFields = new(StringComparer.Ordinal)
    {
        ["createdAt"] = i => i.CreatedAt,
        ["status"] = i => i.Status,
        ["action"] = i => i.Action,
        ["sourceName"] = i => i.SourceName,
        ["targetName"] = i => i.TargetName
    };

    public static WebApplication MapSyncLogEndpoints(this WebApplication app)
    {
        var runs = Base + "/synchronizations";
        const string service = "synchronization log";
        ServiceRoutes.Map(app, "GET", runs, false, service, ListRunsAsync);
        ServiceRoutes.Map(app, "POST", runs, true, service, CreateRunAsync);
        ServiceRoutes.Map(app, "GET", runs + "/topics", false, service, c => DistinctAsync(c, r => r.Topic));
        ServiceRoutes.Map(app, "GET", runs + "/triggers", false, service, c => DistinctAsync(c, r => r.Trigger));
        ServiceRoutes.Map(app, "GET", runs + "/{id}", false, service, c => GetRunAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "PUT", runs + "/{id}", true, service, c => UpdateRunAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "GET", runs + "/{id}/syncItems", false, service, c => ListItemsAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "DELETE", runs + "/{id}/syncItems", true, service, c => DeleteItemsAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "POST", runs + "/{id}/syncItemBatch", true, service, c => AddItemsAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "POST", runs + "/{id}/requestAbortion", true, service, c => RequestAbortionAsync(c, ServiceRoutes.Route(c)));
        ServiceRoutes.Map(app, "GET", Base + "/syncItems", false, service, ListAllItemsAsync);
        return app;
    }

    private static async Task<IResult> ListRunsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var page = ServiceRoutes.Page(query);
        var sort = ListSort<Synchronization>.Parse(query["sort"], "createdAt-desc", RunSortFields);
        var topic = query["topic"].FirstOrDefault();
        var trigger = query["trigger"].FirstOrDefault();
        var status = RequestJson.OneOf(query["status"].FirstOrDefault(), "status", SyncLogVocabulary.Statuses);
        var progress = RequestJson.OneOf(SyncLogVocabulary.NormaliseProgress(query["progress"].FirstOrDefault()), "progress", SyncLogVocabulary.Progresses);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            var matches = view.Source<Synchronization>().All
                .Where(r => (topic is null || r.Topic == topic) && (trigger is null || r.Trigger == trigger)
                            && (progress is null || r.Progress == progress) && (status is null || SyncLogJson.StatusOf(view, r) == status))
                .ToList();
            var data = new JsonArray(page.Of(sort.Apply(matches, r => r.Id)).Select(r => (JsonNode)SyncLogJson.Synchronization(view, r)).ToArray());
            return Envelope.OkResult("Synchronization", data, matches.Count);
        }
    }

    private static async Task<IResult> CreateRunAsync(HttpContext context)
    {
        var body = RequestJson.Object(await RequestJson.ReadAsync(context), "a Synchronization");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var run = new Synchronization { Id = Guid.NewGuid() };
            SyncLogJson.Apply(body, run, tx.Now, creating: true);
            tx.Overlay<Synchronization>().Add(run);
            workspace.Commit(tx);
            return Envelope.OkResult("Synchronization", SyncLogJson.Synchronization(workspace.State, run), 1);
        }
    }

    private static async Task<IResult> GetRunAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var run = Find(workspace.State, id);
            return Envelope.OkResult("Synchronization", SyncLogJson.Synchronization(workspace.State, run), 1);
        }
    }

    private static async Task<IResult> UpdateRunAsync(HttpContext context, string id)
    {
        var body = RequestJson.Object(await RequestJson.ReadAsync(context), "a Synchronization");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var run = tx.Overlay<Synchronization>().Edit(Find(tx, id).Id)!;
            SyncLogJson.Apply(body, run, tx.Now, creating: false);
            workspace.Commit(tx);
            return Envelope.OkResult("Synchronization", SyncLogJson.Synchronization(workspace.State, run), 1);
        }
    }

    private static async Task<IResult> RequestAbortionAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var run = tx.Overlay<Synchronization>().Edit(Find(tx, id).Id)!;
            if (run.Progress is { } progress && SyncLogVocabulary.Final.Contains(progress))
                throw new ConflictException($"Synchronization '{id}' has already ended ({progress}); there is nothing to abort.", progress);
            run.Progress = "ABORTION_PENDING";
            workspace.Commit(tx);
            return Envelope.OkResult("Synchronization", SyncLogJson.Synchronization(workspace.State, run), 1);
        }
    }

    private static async Task<IResult> DistinctAsync(HttpContext context, Func<Synchronization, string?> value)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var values = workspace.State.Source<Synchronization>().All.Select(value).OfType<string>()
                .Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
            return Envelope.OkResult("String", new JsonArray(values.Select(v => (JsonNode?)v).ToArray()), values.Count);
        }
    }

    private static async Task<IResult> ListItemsAsync(HttpContext context, string id)
    {
        var query = context.Request.Query;
        var page = ServiceRoutes.Page(query);
        var sort = ListSort<SyncItem>.Parse(query["sort"], "createdAt-asc", ItemSortFields);
        var status = RequestJson.OneOf(query["status"].FirstOrDefault(), "status", SyncLogVocabulary.Statuses);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var run = Find(workspace.State, id);
            var matches = workspace.State.Source<SyncItem>().OwnedBy(run.Id).Where(i => status is null || i.Status == status).ToList();
            var data = new JsonArray(page.Of(sort.Apply(matches, i => i.Ordinal)).Select(i => (JsonNode)SyncLogJson.Item(i)).ToArray());
            return Envelope.OkResult("SyncItem", data, matches.Count);
        }
    }

    /// <summary>
    /// Items of every run (LXP querySyncLog). A <c>workspaceId</c>, when given, must be the token's (admin.md §0).
    /// Newest first by default; ties keep the runs' creation order.
    /// </summary>
    private static async Task<IResult> ListAllItemsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var workspace = context.Principal().Workspace;
        if (query["workspaceId"].FirstOrDefault() is { Length: > 0 } workspaceId && Formats.ParseId(workspaceId) != workspace.Id)
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{workspaceId}'.", workspaceId);
        var page = ServiceRoutes.Page(query);
        var sort = ListSort<SyncItem>.Parse(query["sort"], "createdAt-desc", ItemSortFields);
        var status = RequestJson.OneOf(query["status"].FirstOrDefault(), "status", SyncLogVocabulary.Statuses);
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = workspace.State.Source<SyncItem>().All.Where(i => status is null || i.Status == status).ToList();
            var data = new JsonArray(page.Of(sort.Apply(matches, i => (i.SynchronizationId, i.Ordinal))).Select(i => (JsonNode)SyncLogJson.Item(i)).ToArray());
            return Envelope.OkResult("SyncItem", data, matches.Count);
        }
    }

    /// <summary>D53: 204 without a body.</summary>
    private static async Task<IResult> DeleteItemsAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var run = Find(tx, id);
            var items = tx.Overlay<SyncItem>();
            foreach (var item in items.OwnedBy(run.Id).ToList()) items.Remove(item.Id);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    /// <summary>D45: the created items (id, synchronizationId, createdAt set), <c>total</c> = batch size; over 1000 → 400.</summary>
    private static async Task<IResult> AddItemsAsync(HttpContext context, string id)
    {
        var batch = RequestJson.Array(await RequestJson.ReadAsync(context), "an array of SyncItem");
        if (batch.Count > MaxBatch)
            throw new RestInputException($"A batch holds at most {MaxBatch} items, not {batch.Count}; send several batches.", batch.Count.ToString(), "body");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var run = tx.Overlay<Synchronization>().Edit(Find(tx, id).Id)!;
            var items = tx.Overlay<SyncItem>();
            var created = new JsonArray();
            foreach (var node in batch)
            {
                var item = SyncLogJson.ReadItem(node, run, ++run.ItemCount, tx.Now);
                items.Add(item);
                created.Add(SyncLogJson.Item(item));
            }
            workspace.Commit(tx);
            return Envelope.OkResult("SyncItem", created, batch.Count);
        }
    }

    private static Synchronization Find(IWorkspaceView view, string id) =>
        (Formats.ParseId(id) is { } guid ? view.Source<Synchronization>().Get(guid) : null)
        ?? throw new NotFoundException($"Synchronization '{id}' does not exist.", id);
}
