using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Rest.ManagedCode;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Calculations;

/// <summary>
/// Calculations, <c>/services/calculations/v1/calculations</c> (admin.md §8.1, D57): the list is a bare array, one
/// calculation a bare object, DELETE answers <c>{"id"}</c>; errors are Spring-style like the automations service
/// (409 <c>{"error":"Conflict",…}</c> [C] SAP-CALC). Every write keeps the managed-code configuration with the same id
/// (capability CALCULATIONS) in step. The JavaScript is stored, never run (<see cref="CalculationExecutions"/>).
/// </summary>
public static class CalculationEndpoints
{
    public const string Base = "/services/calculations/v1/calculations";
    private const string Service = "calculations";

    public static WebApplication MapCalculationEndpoints(this WebApplication app)
    {
        SpringErrorRoutes.Map(app, "GET", Base, false, Service, ListAsync);
        SpringErrorRoutes.Map(app, "POST", Base, true, Service, CreateAsync);
        SpringErrorRoutes.Map(app, "GET", Base + "/{id}", false, Service, GetAsync);
        SpringErrorRoutes.Map(app, "PUT", Base + "/{id}", true, Service, UpdateAsync);
        SpringErrorRoutes.Map(app, "DELETE", Base + "/{id}", true, Service, DeleteAsync);
        CalculationExecutions.Attach(app.Services.GetRequiredService<WorkspaceRegistry>().All);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return SpringErrorRoutes.Json(new JsonArray(workspace.State.Source<Calculation>().All
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id)
                .Select(c => (JsonNode)Json(workspace.State, c)).ToArray()));
    }

    private static async Task<IResult> GetAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return SpringErrorRoutes.Json(Json(workspace.State, Find(workspace.State, context)));
    }

    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var body = await RequestJson.ReadAsync(context);
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var input = CalculationInput.Parse(body, tx.Model);
            var calculation = Store(tx, Guid.NewGuid(), input, principal.UserId, null);
            principal.Workspace.Commit(tx);
            return SpringErrorRoutes.Json(Json(principal.Workspace.State, calculation));
        }
    }

    /// <summary>PUT replaces the calculation; the id in the body, if any, must be the path's.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext context)
    {
        var body = await RequestJson.ReadAsync(context);
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var existing = Find(tx, context);
            if (body is JsonObject o && RequestJson.String(o, "id") is { } bodyId && !(Guid.TryParse(bodyId, out var parsed) && parsed == existing.Id))
                throw new RestInputException($"The body's id '{bodyId}' is not the path's calculation id '{existing.Id}'.", bodyId, "id");
            var input = CalculationInput.Parse(body, tx.Model);
            var calculation = Store(tx, existing.Id, input, principal.UserId, existing);
            principal.Workspace.Commit(tx);
            return SpringErrorRoutes.Json(Json(principal.Workspace.State, calculation));
        }
    }

    /// <summary>D57, D53: the answer is <c>{"id"}</c>; the calculation's configuration and logs go with it.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context)
    {
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var calculation = Find(tx, context);
            tx.Overlay<Calculation>().Remove(calculation.Id);
            ManagedCodeConfigurations.Remove(tx, calculation.Id);
            principal.Workspace.Commit(tx);
            return SpringErrorRoutes.Json(new JsonObject { ["id"] = Formats.Id(calculation.Id) });
        }
    }

    /// <summary>admin.md §8.1 [C] SAP-CALC: one calculation per target field (409).</summary>
    private static Calculation Store(WorkspaceTransaction tx, Guid id, CalculationInput input, Guid caller, Calculation? existing)
    {
        var relation = (string?)input.Json["affectedRelationName"];
        var rival = tx.Source<Calculation>().All.FirstOrDefault(c => c.Id != id && c.AffectedFactSheetType == input.FactSheetType
            && c.AffectedFieldKey == input.FieldKey && (string?)JsonNode.Parse(c.Json)?["affectedRelationName"] == relation);
        if (rival is not null)
            throw new ConflictException($"The field '{input.FieldKey}' of {input.FactSheetType} is already the target of calculation '{rival.Name}' ({rival.Id}).", rival.Id.ToString());
        var json = input.Json;
        json["id"] = Formats.Id(id);
        json["ownerId"] ??= existing is null ? Formats.Id(caller) : (string?)JsonNode.Parse(existing.Json)?["ownerId"];
        json.Remove("errorCount"); // derived from the execution log on every read
        var calculation = new Calculation
        {
            Id = id, Name = input.Name, AffectedFactSheetType = input.FactSheetType, AffectedFieldKey = input.FieldKey, Status = input.Status,
            Json = json.ToJsonString()
        };
        if (existing is null) tx.Overlay<Calculation>().Add(calculation);
        else
        {
            var edit = tx.Overlay<Calculation>().Edit(id)!;
            (edit.Name, edit.AffectedFactSheetType, edit.AffectedFieldKey, edit.Status, edit.Json) =
                (calculation.Name, calculation.AffectedFactSheetType, calculation.AffectedFieldKey, calculation.Status, calculation.Json);
        }
        ManagedCodeConfigurations.Upsert(tx, id, input.Name, (string?)json["description"], input.Status == "active", input.Code, "CALCULATIONS");
        return calculation;
    }

    private static JsonObject Json(IWorkspaceView view, Calculation calculation)
    {
        var json = JsonNode.Parse(calculation.Json)!.AsObject();
        json["errorCount"] = view.Source<ExecutionLog>().OwnedBy(calculation.Id).Count(l => l.Status == "ERROR");
        if (view.Source<ExecutionConfiguration>().Get(calculation.Id) is { } configuration)
        {
            json["createdAt"] = Formats.Timestamp(configuration.CreatedAt);
            json["updatedAt"] = Formats.Timestamp(configuration.UpdatedAt);
        }
        return json;
    }

    private static Calculation Find(IWorkspaceView view, HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        return (Guid.TryParse(id, out var parsed) ? view.Source<Calculation>().Get(parsed) : null)
            ?? throw new NotFoundException($"Calculation '{id}' does not exist.", id);
    }
}
