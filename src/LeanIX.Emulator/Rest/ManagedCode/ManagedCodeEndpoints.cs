using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.ManagedCode;

/// <summary>
/// Managed code execution, <c>/services/managed-code-execution/v1</c> (admin.md §8.3, D58): execution configurations, their
/// code versions and execution logs. Lists <c>{"data":[…],"total":n}</c>, one object under <c>data</c>; errors are D2 bodies
/// (D58 names no other shape). DELETE answers 405 unless the emulator allows it (<c>mce.allowDelete</c>).
/// </summary>
public static class ManagedCodeEndpoints
{
    public const string Base = "/services/managed-code-execution/v1/executionConfigurations";
    private const string Service = "managed code configurations";

    public static WebApplication MapManagedCodeEndpoints(this WebApplication app, bool allowDelete)
    {
        ServiceRoutes.Map(app, "GET", Base, false, Service, ListAsync);
        ServiceRoutes.Map(app, "POST", Base, true, Service, CreateAsync);
        ServiceRoutes.Map(app, "GET", Base + "/{id}", false, Service, c => ReadAsync(c, (view, config) => ManagedCodeJson.One(ManagedCodeJson.Configuration(config))));
        ServiceRoutes.Map(app, "PUT", Base + "/{id}", true, Service, UpdateAsync);
        ServiceRoutes.Map(app, "DELETE", Base + "/{id}", true, Service, c => DeleteAsync(c, allowDelete));
        ServiceRoutes.Map(app, "PUT", Base + "/{id}/capability", true, Service, ChangeCapabilityAsync);
        ServiceRoutes.Map(app, "GET", Base + "/{id}/code", false, Service, c => ReadAsync(c, (view, config) =>
            ManagedCodeJson.List(config.CodeVersions.OrderByDescending(v => v.Version).Select(v => (JsonNode)ManagedCodeJson.Code(config, v)))));
        ServiceRoutes.Map(app, "GET", Base + "/{id}/executionLogs", false, Service, c => ReadAsync(c, (view, config) =>
            ManagedCodeJson.List(view.Source<ExecutionLog>().OwnedBy(config.Id).OrderByDescending(l => l.Timestamp).ThenBy(l => l.Id)
                .Select(l => (JsonNode)ManagedCodeJson.Log(l)))));
        ServiceRoutes.Map(app, "GET", Base + "/{id}/executionLogs/{logId}", false, Service, c => ReadAsync(c, (view, config) =>
        {
            var logId = ServiceRoutes.Route(c, "logId");
            var log = Guid.TryParse(logId, out var parsed) ? view.Source<ExecutionLog>().Get(parsed) : null;
            if (log is null || log.ExecutionConfigurationId != config.Id)
                throw new NotFoundException($"Execution log '{logId}' of configuration '{config.Id}' does not exist.", logId);
            return ManagedCodeJson.One(ManagedCodeJson.Log(log));
        }));
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var capability = context.Request.Query["capability"].FirstOrDefault();
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return ManagedCodeJson.List(workspace.State.Source<ExecutionConfiguration>().All
                .Where(c => capability is null || c.Capability == capability)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id)
                .Select(c => (JsonNode)ManagedCodeJson.Configuration(c)));
    }

    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var input = Input.Parse(await RequestJson.ReadAsync(context), null);
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var created = ManagedCodeConfigurations.Upsert(tx, Guid.NewGuid(), input.Name, input.Description, input.Active ?? false, input.Code,
                input.Capability ?? throw new RestInputException("'capability.type' is required.", field: "capability.type"));
            workspace.Commit(tx);
            return ManagedCodeJson.One(ManagedCodeJson.Configuration(created));
        }
    }

    /// <summary>admin.md §8.3: PUT replaces name, description, activity and code; a new code is a new version (D58).</summary>
    private static async Task<IResult> UpdateAsync(HttpContext context)
    {
        var body = await RequestJson.ReadAsync(context);
        return await WriteAsync(context, (tx, config) =>
        {
            var input = Input.Parse(body, config);
            return ManagedCodeConfigurations.Upsert(tx, config.Id, input.Name, input.Description, input.Active ?? config.Active, input.Code,
                input.Capability ?? config.Capability);
        });
    }

    private static async Task<IResult> ChangeCapabilityAsync(HttpContext context)
    {
        var body = RequestJson.Object(await RequestJson.ReadAsync(context), "a capability");
        var capability = RequestJson.OneOf(RequestJson.String(body, "type"), "type", ManagedCodeJson.Capabilities)
            ?? throw new RestInputException("'type' is required.", field: "type");
        return await WriteAsync(context, (tx, config) =>
        {
            config.Capability = capability;
            config.UpdatedAt = tx.Now;
            return config;
        });
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, bool allowDelete)
    {
        if (!allowDelete)
            return Envelope.ErrorResult(StatusCodes.Status405MethodNotAllowed,
                "Deleting execution configurations is not available in LeanIX yet (D58).", ServiceRoutes.Route(context));
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var config = Find(tx, context);
            ManagedCodeConfigurations.Remove(tx, config.Id);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    private static async Task<IResult> ReadAsync(HttpContext context, Func<Store.IWorkspaceView, ExecutionConfiguration, IResult> read)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return read(workspace.State, Find(workspace.State, context));
    }

    private static async Task<IResult> WriteAsync(HttpContext context, Func<Store.WorkspaceTransaction, ExecutionConfiguration, ExecutionConfiguration> write)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var found = Find(tx, context);
            var config = write(tx, tx.Overlay<ExecutionConfiguration>().Edit(found.Id)!);
            workspace.Commit(tx);
            return ManagedCodeJson.One(ManagedCodeJson.Configuration(config));
        }
    }

    private static ExecutionConfiguration Find(Store.IWorkspaceView view, HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        return (Guid.TryParse(id, out var parsed) ? view.Source<ExecutionConfiguration>().Get(parsed) : null)
            ?? throw new NotFoundException($"Execution configuration '{id}' does not exist.", id);
    }

    /// <summary>A configuration as sent; on update, absent members keep <paramref name="current"/>'s values.</summary>
    private sealed record Input(string Name, string? Description, bool? Active, string Code, string? Capability)
    {
        public static Input Parse(JsonNode? body, ExecutionConfiguration? current)
        {
            var json = RequestJson.Object(body, "an ExecutionConfiguration");
            var name = RequestJson.String(json, "name") ?? current?.Name;
            if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("'name' is required.", field: "name");
            var code = RequestJson.String(json, "code") ?? current?.Code;
            if (string.IsNullOrWhiteSpace(code)) throw new RestInputException("'code' is required.", field: "code");
            if (RequestJson.String(json, "language") is { } language && language != "JAVASCRIPT")
                throw new RestInputException($"'language' must be JAVASCRIPT, not '{language}'.", language, "language");
            var capability = json["capability"] switch
            {
                null => null,
                JsonObject o => RequestJson.OneOf(RequestJson.String(o, "type"), "capability.type", Capabilities()),
                _ => RequestJson.OneOf(RequestJson.String(json, "capability"), "capability", Capabilities())
            };
            var description = json.ContainsKey("description") ? RequestJson.String(json, "description") : current?.Description;
            return new Input(name, description, RequestJson.Bool(json, "active"), code, capability);
        }

        private static string[] Capabilities() => ManagedCodeJson.Capabilities;
    }
}
