using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Authorization;

/// <summary>
/// ACLs and the authorization model (admin.md §10, D66): access control entities (list, create, get, delete) and
/// <c>GET /models/authorization</c>. The ACE list answers <c>{"data","total","endCursor"}</c> without status/type, as
/// RUBY-PF has it. Writes are for workspace admins.
/// </summary>
public static class AuthorizationEndpoints
{
    private const string Base = "/services/pathfinder/v1/models";

    public static WebApplication MapAuthorizationEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/accessControlEntities", (Func<HttpContext, Task<IResult>>)ListAsync); // a bare RequestDelegate would drop the IResult
        app.MapPost(Base + "/accessControlEntities", (Func<HttpContext, Task<IResult>>)CreateAsync);
        app.MapGet(Base + "/accessControlEntities/{id}", GetAsync);
        app.MapDelete(Base + "/accessControlEntities/{id}", DeleteAsync);
        app.MapGet(Base + "/authorization", (Func<HttpContext, Task<IResult>>)GetModelAsync);
        app.MapPut(Base + "/authorization", (Func<HttpContext, Task<IResult>>)PutModelAsync);
        return app;
    }

    /// <summary><c>pageSize</c> (40, max 100), <c>cursor</c> (opaque: the offset), <c>sorting</c> (name), <c>sortDirection</c> (ASC|DESC).</summary>
    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var size = 40;
        if (query["pageSize"].FirstOrDefault() is { Length: > 0 } p && (!int.TryParse(p, out size) || size < 1))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"pageSize must be a whole number ≥ 1, not '{p}'.", "pageSize");
        size = Math.Min(size, 100);
        var offset = 0;
        if (query["cursor"].FirstOrDefault() is { Length: > 0 } cursor && !OffsetCursor.TryDecode(cursor, out offset))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Cursor '{cursor}' is not one this list gave out.", "cursor");
        var sorting = query["sorting"].FirstOrDefault() ?? "name";
        if (sorting is not ("name" or "displayName"))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"sorting must be name or displayName, not '{sorting}'.", "sorting");
        var descending = (query["sortDirection"].FirstOrDefault() ?? "ASC").Equals("DESC", StringComparison.OrdinalIgnoreCase);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            Func<AccessControlEntity, string> key = sorting == "name" ? a => a.Name : a => a.DisplayName ?? a.Name;
            var all = workspace.State.Source<AccessControlEntity>().All;
            var ordered = (descending ? all.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : all.OrderBy(key, StringComparer.OrdinalIgnoreCase))
                .ThenBy(a => a.Id).ToList();
            var page = ordered.Skip(offset).Take(size).Select(a => (JsonNode)Json(a)).ToArray();
            var end = offset + page.Length;
            var body = new JsonObject
            {
                ["data"] = new JsonArray(page), ["total"] = ordered.Count, ["endCursor"] = end < ordered.Count ? OffsetCursor.Encode(end) : null
            };
            return Results.Text(body.ToJsonString(), "application/json");
        }
    }

    private static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Guid.TryParse(id, out var aceId) && workspace.State.Source<AccessControlEntity>().Get(aceId) is { } ace
                ? Envelope.OkResult("AccessControlEntity", Json(ace), 1)
                : NotFound(id);
    }

    /// <summary>Body <c>{name, displayName, description}</c>; names are unique (case-insensitively).</summary>
    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (!IsAdmin(principal)) return AdminsOnly();
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        var name = body?["name"] is JsonValue v && v.TryGetValue<string>(out var n) ? n.Trim() : null;
        if (string.IsNullOrEmpty(name)) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "An access control entity needs a name.", "name");
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Source<AccessControlEntity>().All.Any(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                return Envelope.ErrorResult(StatusCodes.Status409Conflict, $"An access control entity named '{name}' already exists.", name);
            var ace = new AccessControlEntity
            {
                Id = Guid.NewGuid(), Name = name,
                DisplayName = body!["displayName"]?.GetValue<string>() ?? name, Description = body["description"]?.GetValue<string>()
            };
            tx.Overlay<AccessControlEntity>().Add(ace);
            workspace.Commit(tx);
            return Envelope.OkResult("AccessControlEntity", Json(ace), 1);
        }
    }

    /// <summary>D53: 204.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context, string id)
    {
        var principal = context.Principal();
        if (!IsAdmin(principal)) return AdminsOnly();
        if (!Guid.TryParse(id, out var aceId)) return NotFound(id);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Source<AccessControlEntity>().Get(aceId) is null) return NotFound(id);
            tx.Overlay<AccessControlEntity>().Remove(aceId);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    /// <summary>D66: the fixed model; a <c>workspaceId</c> other than the token's is a 403 (admin.md §0).</summary>
    private static async Task<IResult> GetModelAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (context.Request.Query["workspaceId"].FirstOrDefault() is { Length: > 0 } ws && !(Guid.TryParse(ws, out var wid) && wid == principal.Workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{ws}'.", ws);
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var roles = CurrentModel(principal.Workspace.State);
            return Envelope.OkResult("AuthorizationRole", roles, roles.Count);
        }
    }

    /// <summary>
    /// D66: the model is stored verbatim after a shape check (a non-empty array of roles with names and permissions); enforcement stays
    /// the role basics. <c>force</c> is accepted and has nothing to force in the emulator. Admins only.
    /// </summary>
    private static async Task<IResult> PutModelAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (context.Request.Query["workspaceId"].FirstOrDefault() is { Length: > 0 } ws && !(Guid.TryParse(ws, out var wid) && wid == principal.Workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{ws}'.", ws);
        if (!IsAdmin(principal)) return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may change the authorization model.", "ADMIN");
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (AuthorizationModel.Check(body) is { } problem) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, problem.Message, problem.Value);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var json = body!.ToJsonString();
            if (tx.Overlay<StoredAuthorizationModel>().Edit(ModelId) is { } stored) stored.Json = json;
            else tx.Overlay<StoredAuthorizationModel>().Add(new StoredAuthorizationModel { Id = ModelId, Json = json });
            workspace.Commit(tx);
            var roles = CurrentModel(workspace.State);
            return Envelope.OkResult("AuthorizationRole", roles, roles.Count);
        }
    }

    private static readonly Guid ModelId = Ids.FromName("authorization-model");

    private static JsonArray CurrentModel(Store.IWorkspaceView view) =>
        view.Source<StoredAuthorizationModel>().Get(ModelId) is { } stored
            ? JsonNode.Parse(stored.Json)!.AsArray()
            : AuthorizationModel.Default(view.Model.Types.Keys.Order(StringComparer.Ordinal));

    private static JsonObject Json(AccessControlEntity a) => new()
    {
        ["id"] = Formats.Id(a.Id), ["name"] = a.Name, ["displayName"] = a.DisplayName, ["description"] = a.Description
    };


    private static bool IsAdmin(RequestPrincipal principal) => string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.Ordinal);

    private static IResult AdminsOnly() => Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may change access control entities.", "ADMIN");

    private static IResult NotFound(string id) => Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Access control entity '{id}' does not exist.", id);
}
