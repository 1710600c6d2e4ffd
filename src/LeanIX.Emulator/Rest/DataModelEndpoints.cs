using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Rest.Models;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The model endpoints of Pathfinder (<c>/services/pathfinder/v1/models/…</c>, datamodel.md §1).
/// Every answer is a D1 envelope, every failure a D2 body. Reads and the replacement run under
/// the workspace lock, so a reader never sees a model half swapped.
/// </summary>
public static class DataModelEndpoints
{
    public const string Base = "/services/pathfinder/v1/models";

    public static WebApplication MapDataModelEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/dataModel", Handler(ServeDataModelAsync));
        // The enriched model adds UI metadata in the real service; the emulator has none beyond the model itself.
        app.MapGet(Base + "/dataModel/enriched", Handler(ServeDataModelAsync));
        app.MapPut(Base + "/dataModel", Handler(ReplaceDataModelAsync));
        app.MapGet(Base + "/viewModel", Handler(ServeViewModelAsync));
        app.MapGet(Base + "/languages/{id}", ServeLanguageAsync);
        return app;
    }

    /// <summary>D24: the workspace's envelope verbatim (the fixtures' <c>type: "DataModel"</c>, <c>total: 0</c>).</summary>
    private static async Task<IResult> ServeDataModelAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Json(workspace.Model.Envelope.ToJsonString());
    }

    private static async Task<IResult> ServeViewModelAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("ViewModel", ViewModelBuilder.Build(workspace.Model), 1);
    }

    private static async Task<IResult> ServeLanguageAsync(HttpContext context, string id)
    {
        var language = LanguageCatalog.Find(id);
        if (language is null)
            return Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Language '{id}' is not available; use one of {string.Join(", ", LanguageCatalog.SeedLanguages)}.", id);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("LanguageModel", LanguageModelBuilder.Build(workspace.Model, language), 1);
    }

    /// <summary>
    /// D24: replaces the model; the body is the envelope or the bare <c>data</c> object. The stored
    /// envelope is rebuilt around the body's <c>data</c>, so a client's envelope members cannot
    /// leak into later GETs. Only workspace admins may change the model (D2: 403 role mismatch).
    /// </summary>
    private static async Task<IResult> ReplaceDataModelAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (!string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.OrdinalIgnoreCase))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may change the data model.", principal.WorkspaceRole);

        var force = bool.TryParse(context.Request.Query["force"].FirstOrDefault(), out var f) && f;
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException e)
        {
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }

        DataModel model;
        try
        {
            var candidate = body is JsonObject root && root.ContainsKey("data")
                ? root["data"] as JsonObject ?? throw new DataModelException("The envelope's 'data' must be a data model object.")
                : body;
            model = DataModel.Parse(candidate?.DeepClone());
        }
        catch (Exception e) when (e is DataModelException or InvalidOperationException or FormatException or JsonException)
        {
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Invalid data model: {e.Message}");
        }
        if (DataModelChecks.Invalid(model) is { } invalid)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Invalid data model: {invalid}");

        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            if (!force && DataModelChecks.Conflict(workspace.State, model) is { } conflict)
                return Envelope.ErrorResult(StatusCodes.Status409Conflict, conflict);
            // A replaced model keeps the meta model's layout; fields it no longer has drop out of the layout's views.
            if (workspace.Model.StoredLayout is { } layout) model = model.WithLayout(layout);
            workspace.ReplaceModel(model);
            return Json(model.Envelope.ToJsonString());
        }
    }

    // A handler taking only HttpContext would bind as a RequestDelegate and drop its IResult.
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static IResult Json(string text) => Results.Text(text, "application/json", statusCode: 200);
}
