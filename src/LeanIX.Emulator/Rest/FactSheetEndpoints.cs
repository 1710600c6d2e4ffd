using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Queries;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The Pathfinder REST fact-sheet reads (rest-other.md §3): the cursor-paged list, one fact sheet
/// and its relations. Answers are D1 envelopes (the list adds <c>cursor</c>, rest-other.md §2),
/// failures D2 bodies. Every read runs under the workspace lock, so a page never shows half a change.
/// </summary>
public static class FactSheetEndpoints
{
    public const string Base = "/services/pathfinder/v1/factSheets";

    public static WebApplication MapFactSheetEndpoints(this WebApplication app)
    {
        app.MapGet(Base, (Func<HttpContext, Task<IResult>>)ListAsync); // a bare RequestDelegate would drop the IResult
        app.MapGet(Base + "/{id}", GetAsync);
        app.MapGet(Base + "/{id}/relations", ListRelationsAsync);
        return app;
    }

    /// <summary>
    /// <c>total</c> = all matches, <c>data</c> = one page in D9 order, <c>cursor</c> = where the next
    /// page starts, null once this page reaches the end (FactSheetListResponse, duhast/leanix-ruby).
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            if (FactSheetListQuery.Parse(context.Request.Query, view.Model, out var error) is not { } query)
                return BadRequest(error!.Value);
            var matches = query.Matches(view);
            // D66: a caller restricted to access control entities neither sees nor counts what they do not permit.
            if (AclVisibility.ReadFilter(view, context.Principal().UserId) is { } acl) matches = [.. matches.Where(acl.CanRead)];
            var (page, next) = query.PageOf(matches);
            var body = Envelope.Ok("FactSheet",
                new JsonArray(page.Select(fs => (JsonNode)FactSheetJson.FactSheet(view, fs, query.RelationTypes)).ToArray()),
                matches.Count);
            body["cursor"] = next;
            return Results.Text(body.ToJsonString(), "application/json", statusCode: StatusCodes.Status200OK);
        }
    }

    /// <summary>One fact sheet, archived ones included (as GraphQL's <c>factSheet(id)</c>).</summary>
    private static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            if (Find(view, context.Principal().UserId, id, out var failure) is not { } fs) return failure!;
            if (FactSheetListQuery.ParseRelationTypes(context.Request.Query, view.Model, out var error) is not { } relationTypes)
                return BadRequest(error!.Value);
            return Envelope.OkResult("FactSheet", FactSheetJson.FactSheet(view, fs, relationTypes), 1);
        }
    }

    /// <summary>The active relations of one fact sheet: those of <c>relationTypes</c>, or of every key of its type.</summary>
    private static async Task<IResult> ListRelationsAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            if (Find(view, context.Principal().UserId, id, out var failure) is not { } fs) return failure!;
            if (FactSheetListQuery.ParseRelationTypes(context.Request.Query, view.Model, out var error) is not { } relationTypes)
                return BadRequest(error!.Value);
            var keys = relationTypes.Count > 0 ? relationTypes : view.Model.Type(fs.Type)?.Relations.Keys.ToList() ?? [];
            var relations = FactSheetJson.Relations(view, fs, keys).Select(r => (JsonNode)r).ToArray();
            return Envelope.OkResult("FactSheetRelation", new JsonArray(relations), relations.Length);
        }
    }

    /// <summary>The fact sheet with <paramref name="id"/>; a malformed id is a 400, an unknown one a 404 (D2).</summary>
    private static FactSheet? Find(IWorkspaceView view, Guid userId, string id, out IResult? failure)
    {
        failure = null;
        if (!Guid.TryParse(id, out var guid))
        {
            failure = Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"'{id}' is not a valid fact sheet id (a UUID).", id);
            return null;
        }
        // D66: a fact sheet the caller's access control entities do not permit is as unknown as a missing one.
        if (view.FactSheets.Get(guid) is { } fs && AclVisibility.ReadFilter(view, userId)?.CanRead(fs) != false) return fs;
        failure = Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Fact sheet '{guid:D}' does not exist.", id);
        return null;
    }

    private static IResult BadRequest(QueryError error) =>
        Envelope.ErrorResult(StatusCodes.Status400BadRequest, error.Message, error.Param);
}
