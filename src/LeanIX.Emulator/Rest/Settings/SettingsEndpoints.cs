using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Settings;

/// <summary>
/// Features and workspace settings (admin.md §6, D55, D56): <c>GET /features</c>, <c>GET|POST /features/{id}</c>,
/// <c>GET|PUT /settings</c>. Writes are for workspace admins (D66); a <c>workspaceId</c> other than the token's is a 403 (§0).
/// </summary>
public static class SettingsEndpoints
{
    private const string Base = "/services/pathfinder/v1";
    private static readonly Guid SettingsId = Ids.FromName("workspace-settings");

    public static WebApplication MapSettingsEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/features", (Func<HttpContext, Task<IResult>>)ListFeaturesAsync); // a bare RequestDelegate would drop the IResult
        app.MapGet(Base + "/features/{id}", GetFeatureAsync);
        app.MapPost(Base + "/features/{id}", SetFeatureAsync);
        app.MapGet(Base + "/settings", (Func<HttpContext, Task<IResult>>)GetSettingsAsync);
        app.MapPut(Base + "/settings", (Func<HttpContext, Task<IResult>>)PutSettingsAsync);
        return app;
    }

    private static async Task<IResult> ListFeaturesAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var features = FeatureCatalog.All(workspace.State).Select(f => (JsonNode)Json(f)).ToArray();
            return Envelope.OkResult("Feature", new JsonArray(features), features.Length);
        }
    }

    private static async Task<IResult> GetFeatureAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return FeatureCatalog.Find(workspace.State, id) is { } feature
                ? Envelope.OkResult("Feature", Json(feature), 1)
                : Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Feature '{id}' does not exist in this workspace.", id);
    }

    /// <summary>D55: <c>?enabled=</c> flips the status; an unknown id becomes a customized FUNCTIONAL feature.</summary>
    private static async Task<IResult> SetFeatureAsync(HttpContext context, string id)
    {
        var principal = context.Principal();
        if (!IsAdmin(principal)) return AdminsOnly("features");
        if (!bool.TryParse(context.Request.Query["enabled"], out var enabled))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "The query parameter 'enabled' must be true or false.", "enabled");
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "A feature id is a dotted name such as 'collaboration.notifications'.", id);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var stored = tx.Overlay<Feature>().Edit(FeatureCatalog.IdOf(id));
            var feature = stored ?? FeatureCatalog.Find(tx, id)?.Clone()
                ?? new Feature { Id = FeatureCatalog.IdOf(id), Key = id, Name = id, Customized = true, Group = "CUSTOMER" };
            feature.Status = enabled ? "ENABLED" : "DISABLED";
            if (stored is null) tx.Overlay<Feature>().Add(feature);
            workspace.Commit(tx);
            return Envelope.OkResult("Feature", Json(feature), 1);
        }
    }

    private static async Task<IResult> GetSettingsAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (OtherWorkspace(context, principal) is { } forbidden) return forbidden;
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("WorkspaceSettings", Current(principal.Workspace.State), 1);
    }

    /// <summary>D56: the complete object replaces the stored one after the required-key and enum checks; the answer is what is stored.</summary>
    private static async Task<IResult> PutSettingsAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (OtherWorkspace(context, principal) is { } forbidden) return forbidden;
        if (!IsAdmin(principal)) return AdminsOnly("workspace settings");
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (SettingsRules.Check(body) is { } error) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error.Message, error.Key);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var json = body!.ToJsonString();
            if (tx.Overlay<WorkspaceSettings>().Edit(SettingsId) is { } stored) stored.Json = json;
            else tx.Overlay<WorkspaceSettings>().Add(new WorkspaceSettings { Id = SettingsId, Json = json });
            workspace.Commit(tx);
            return Envelope.OkResult("WorkspaceSettings", Current(workspace.State), 1);
        }
    }

    private static JsonObject Current(IWorkspaceView view) =>
        view.Source<WorkspaceSettings>().Get(SettingsId) is { } stored ? JsonNode.Parse(stored.Json)!.AsObject() : SettingsRules.Default();

    /// <summary>RUBY-PF Feature.</summary>
    private static JsonObject Json(Feature f) => new()
    {
        ["id"] = f.Key, ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description, ["status"] = f.Status, ["group"] = f.Group,
        ["quota"] = f.Quota, ["roles"] = new JsonArray(f.Roles.Select(r => (JsonNode?)r).ToArray()), ["customized"] = f.Customized
    };

    private static IResult? OtherWorkspace(HttpContext context, RequestPrincipal principal) =>
        context.Request.Query["workspaceId"].FirstOrDefault() is { Length: > 0 } ws && !(Guid.TryParse(ws, out var id) && id == principal.Workspace.Id)
            ? Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{ws}'.", ws)
            : null;

    private static bool IsAdmin(RequestPrincipal principal) => string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.Ordinal);

    private static IResult AdminsOnly(string what) =>
        Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"Only workspace admins may change {what}.", "ADMIN");
}
