using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Rest.ManagedCode;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Automations;

/// <summary>
/// LeanIX automations, <c>/services/automations/v1</c> (admin.md §8.2 [C] SAP-AUTO): templates and the scripts their
/// SET_FACT_SHEET_FIELD_SCRIPT actions run. Bare JSON, Spring-style errors, DELETE of a template → 204, PATCH not supported.
/// A script is stored as a managed-code configuration (JAVASCRIPT, capability AUTOMATIONS), so its versions are read at
/// <c>/services/managed-code-execution/v1/executionConfigurations/{scriptId}/code</c>.
/// </summary>
public static class AutomationEndpoints
{
    public const string Base = "/services/automations/v1";
    private const string Service = "automations";

    public static WebApplication MapAutomationEndpoints(this WebApplication app)
    {
        SpringErrorRoutes.Map(app, "GET", Base + "/templates", false, Service, ListAsync);
        SpringErrorRoutes.Map(app, "POST", Base + "/templates", true, Service, c => WriteTemplateAsync(c, create: true));
        SpringErrorRoutes.Map(app, "GET", Base + "/templates/{id}", false, Service, GetAsync);
        SpringErrorRoutes.Map(app, "PUT", Base + "/templates/{id}", true, Service, c => WriteTemplateAsync(c, create: false));
        SpringErrorRoutes.Map(app, "PATCH", Base + "/templates/{id}", true, Service, _ => Task.FromResult(SpringErrorRoutes.Error(
            StatusCodes.Status405MethodNotAllowed, "Method Not Allowed", "PATCH is not supported; PUT the whole template.")));
        SpringErrorRoutes.Map(app, "DELETE", Base + "/templates/{id}", true, Service, DeleteTemplateAsync);
        SpringErrorRoutes.Map(app, "POST", Base + "/scripts", true, Service, c => WriteScriptAsync(c, create: true));
        SpringErrorRoutes.Map(app, "PUT", Base + "/scripts/{id}", true, Service, c => WriteScriptAsync(c, create: false));
        SpringErrorRoutes.Map(app, "DELETE", Base + "/scripts/{id}", true, Service, DeleteScriptAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return SpringErrorRoutes.Json(new JsonArray(workspace.State.Source<AutomationTemplate>().All
                .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id)
                .Select(t => JsonNode.Parse(t.Json)).ToArray()));
    }

    private static async Task<IResult> GetAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return SpringErrorRoutes.Json(JsonNode.Parse(FindTemplate(workspace.State, context).Json));
    }

    /// <summary>admin.md §8.2: the server sets id, workspaceId and creatorId; a PUT's creatorId is silently ignored; names are unique (409).</summary>
    private static async Task<IResult> WriteTemplateAsync(HttpContext context, bool create)
    {
        var body = await RequestJson.ReadAsync(context);
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var existing = create ? null : FindTemplate(tx, context);
            var input = AutomationTemplateInput.Parse(body, tx.Model, id => IsScript(tx, id));
            var id = existing?.Id ?? Guid.NewGuid();
            if (tx.Source<AutomationTemplate>().All.FirstOrDefault(t => t.Id != id && string.Equals(t.Name, input.Name, StringComparison.OrdinalIgnoreCase)) is { } rival)
                throw new ConflictException($"An automation named '{rival.Name}' already exists ({rival.Id}).", rival.Id.ToString());
            var json = input.Json;
            json["id"] = Formats.Id(id);
            json["workspaceId"] = Formats.Id(principal.Workspace.Id);
            json["creatorId"] = existing is null ? Formats.Id(principal.UserId) : (string?)JsonNode.Parse(existing.Json)!["creatorId"];
            if (existing is null)
                tx.Overlay<AutomationTemplate>().Add(new AutomationTemplate { Id = id, Name = input.Name, Json = json.ToJsonString(), ScriptIds = input.ScriptIds });
            else
            {
                var edit = tx.Overlay<AutomationTemplate>().Edit(id)!;
                (edit.Name, edit.Json, edit.ScriptIds) = (input.Name, json.ToJsonString(), input.ScriptIds);
            }
            principal.Workspace.Commit(tx);
            return SpringErrorRoutes.Json(json, create ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    private static async Task<IResult> DeleteTemplateAsync(HttpContext context)
    {
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            tx.Overlay<AutomationTemplate>().Remove(FindTemplate(tx, context).Id);
            principal.Workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    /// <summary>admin.md §8.2: <c>{"name","description","code"}</c>; code with template literals is refused with 422.</summary>
    private static async Task<IResult> WriteScriptAsync(HttpContext context, bool create)
    {
        var json = RequestJson.Object(await RequestJson.ReadAsync(context), "a script");
        var name = RequestJson.String(json, "name");
        if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("'name' is required.", field: "name");
        var code = RequestJson.String(json, "code");
        if (string.IsNullOrWhiteSpace(code)) throw new RestInputException("'code' is required.", field: "code");
        if (code.Contains('`')) throw new UnprocessableException("Invalid JavaScript code provided", "code");
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var id = create ? Guid.NewGuid() : FindScript(tx, context).Id;
            var script = ManagedCodeConfigurations.Upsert(tx, id, name, RequestJson.String(json, "description") ?? "", true, code, "AUTOMATIONS");
            principal.Workspace.Commit(tx);
            return SpringErrorRoutes.Json(Script(script), create ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    /// <summary>admin.md §8.2: a script used by more than one template is kept (409 with <c>usedByTemplates</c>) unless <c>force=true</c>.</summary>
    private static async Task<IResult> DeleteScriptAsync(HttpContext context)
    {
        var force = bool.TryParse(context.Request.Query["force"], out var f) && f;
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var script = FindScript(tx, context);
            var users = tx.Source<AutomationTemplate>().All.Where(t => t.ScriptIds.Contains(script.Id)).OrderBy(t => t.Name).ToList();
            if (users.Count > 1 && !force)
                return SpringErrorRoutes.Error(StatusCodes.Status409Conflict, "Conflict",
                    $"Script '{script.Id}' is used by {users.Count} automations; delete with force=true to remove it anyway.",
                    new JsonObject { ["usedByTemplates"] = new JsonArray(users.Select(t => (JsonNode)new JsonObject { ["id"] = Formats.Id(t.Id), ["name"] = t.Name }).ToArray()) });
            ManagedCodeConfigurations.Remove(tx, script.Id);
            principal.Workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    private static JsonObject Script(ExecutionConfiguration c) => new()
    {
        ["id"] = Formats.Id(c.Id), ["name"] = c.Name, ["description"] = c.Description, ["code"] = c.Code,
        ["createdAt"] = Formats.Timestamp(c.CreatedAt), ["updatedAt"] = Formats.Timestamp(c.UpdatedAt)
    };

    private static bool IsScript(IWorkspaceView view, Guid id) => view.Source<ExecutionConfiguration>().Get(id) is { Capability: "AUTOMATIONS" };

    private static AutomationTemplate FindTemplate(IWorkspaceView view, HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        return (Guid.TryParse(id, out var parsed) ? view.Source<AutomationTemplate>().Get(parsed) : null)
            ?? throw new NotFoundException($"Automation template not found: {id}", id);
    }

    private static ExecutionConfiguration FindScript(IWorkspaceView view, HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        return (Guid.TryParse(id, out var parsed) && IsScript(view, parsed) ? view.Source<ExecutionConfiguration>().Get(parsed) : null)
            ?? throw new NotFoundException($"Script not found: {id}", id);
    }
}
