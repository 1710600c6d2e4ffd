using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Transformations;

/// <summary>
/// Transformations, <c>/services/transformations/v1/transformations</c> (admin.md §12.5, D67): list (filtered by
/// <c>factSheetId</c>, the initiative or the affected application), get, create, update, delete. Lists
/// <c>{"data":[…],"total"}</c>, one under <c>data</c>, errors D2. Executions and custom impacts answer 501 (D67, D76).
/// </summary>
public static class TransformationEndpoints
{
    public const string Base = "/services/transformations/v1/transformations";
    private const string Service = "transformations";
    private static readonly string[] Statuses = ["PLANNED", "EXECUTED"];

    public static WebApplication MapTransformationEndpoints(this WebApplication app)
    {
        ServiceRoutes.Map(app, "GET", Base, false, Service, ListAsync);
        ServiceRoutes.Map(app, "POST", Base, true, Service, c => WriteAsync(c, create: true));
        ServiceRoutes.Map(app, "GET", Base + "/{id}", false, Service, GetAsync);
        ServiceRoutes.Map(app, "PUT", Base + "/{id}", true, Service, c => WriteAsync(c, create: false));
        ServiceRoutes.Map(app, "DELETE", Base + "/{id}", true, Service, DeleteAsync);
        foreach (var path in new[] { "/executions", "/{id}/executions", "/{id}/customImpacts", "/{id}/customImpacts/{impactId}" })
            app.MapMethods(Base + path, ["GET", "POST", "PUT", "DELETE"], () => Envelope.ErrorResult(StatusCodes.Status501NotImplemented,
                "Transformation executions and custom impacts are not implemented by the emulator (D67).", path));
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var filter = context.Request.Query["factSheetId"].FirstOrDefault();
        Guid? factSheetId = null;
        if (filter is not null)
            factSheetId = Guid.TryParse(filter, out var parsed) ? parsed : throw new RestInputException($"'factSheetId' is not a fact sheet id: '{filter}'.", filter, "factSheetId");
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            var list = view.Source<Transformation>().All.Where(t => factSheetId is null || t.FactSheetId == factSheetId || t.ApplicationId == factSheetId)
                .OrderBy(t => t.CompletionDate ?? "9999", StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => (JsonNode)Json(view, t)).ToArray();
            return Results.Text(new JsonObject { ["data"] = new JsonArray(list), ["total"] = list.Length }.ToJsonString(), "application/json");
        }
    }

    private static async Task<IResult> GetAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return One(Json(workspace.State, Find(workspace.State, context)));
    }

    private static async Task<IResult> WriteAsync(HttpContext context, bool create)
    {
        var json = RequestJson.Object(await RequestJson.ReadAsync(context), "a Transformation");
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var transformation = create ? new Transformation { Id = Guid.NewGuid(), Name = "" } : tx.Overlay<Transformation>().Edit(Find(tx, context).Id)!;
            Apply(tx, transformation, json);
            if (create) tx.Overlay<Transformation>().Add(transformation);
            principal.Workspace.Commit(tx);
            return One(Json(principal.Workspace.State, transformation));
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext context)
    {
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            tx.Overlay<Transformation>().Remove(Find(tx, context).Id);
            principal.Workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    /// <summary>D67: name required; <c>factSheetId</c> an active Initiative; <c>factSheets.application.id</c> an active Application.</summary>
    private static void Apply(IWorkspaceView view, Transformation t, JsonObject json)
    {
        var name = RequestJson.String(json, "name");
        if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("'name' is required.", field: "name");
        t.Name = name;
        t.Type = RequestJson.String(json, "type");
        t.FactSheetId = Active(view, RequestJson.String(json, "factSheetId"), "Initiative", "factSheetId")
            ?? throw new RestInputException("'factSheetId' (the initiative) is required.", field: "factSheetId");
        var application = json["factSheets"]?["application"] as JsonObject;
        t.ApplicationId = application is null ? null : Active(view, RequestJson.String(application, "id"), "Application", "factSheets.application.id");
        var date = json["completionDate"] is JsonObject completion ? RequestJson.String(completion, "date") : null;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new RestInputException($"'completionDate.date' must be YYYY-MM-DD, not '{date}'.", date, "completionDate.date");
        t.CompletionDate = date;
        t.Status = RequestJson.OneOf(RequestJson.String(json, "status"), "status", Statuses) ?? t.Status;
    }

    private static Guid? Active(IWorkspaceView view, string? id, string type, string field)
    {
        if (id is null) return null;
        return Guid.TryParse(id, out var parsed) && view.FactSheets.Get(parsed) is { IsActive: true } fs && fs.Type == type
            ? parsed
            : throw new RestInputException($"'{field}' must be the id of an active {type}, not '{id}'.", id, field);
    }

    private static JsonObject Json(IWorkspaceView view, Transformation t) => new()
    {
        ["id"] = Formats.Id(t.Id),
        ["name"] = t.Name,
        ["type"] = t.Type,
        ["factSheetId"] = Formats.Id(t.FactSheetId),
        ["factSheets"] = new JsonObject
        {
            ["application"] = t.ApplicationId is { } app
                ? new JsonObject { ["id"] = Formats.Id(app), ["displayName"] = view.FactSheets.Get(app)?.Name }
                : null
        },
        ["completionDate"] = t.CompletionDate is null ? null : new JsonObject { ["date"] = t.CompletionDate },
        ["status"] = t.Status,
        ["customImpacts"] = new JsonArray()
    };

    private static Transformation Find(IWorkspaceView view, HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        return (Guid.TryParse(id, out var parsed) ? view.Source<Transformation>().Get(parsed) : null)
            ?? throw new NotFoundException($"Transformation '{id}' does not exist.", id);
    }

    private static IResult One(JsonNode item) => Results.Text(new JsonObject { ["data"] = item }.ToJsonString(), "application/json");
}
