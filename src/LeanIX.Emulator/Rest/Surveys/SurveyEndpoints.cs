using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Surveys;

/// <summary>
/// Surveys (admin.md §11.3, D70): the read routes of poll v2 (deprecated; every answer carries the two deprecation headers) and
/// survey v1 – polls, a poll's runs, and a run's <c>poll_results.xlsx</c>. Creating or answering surveys is 501.
/// Lists answer <c>{status,type,total,data}</c>, paged by <c>page</c>/<c>size</c>.
/// </summary>
public static class SurveyEndpoints
{
    private const string V2 = "/services/poll/v2";
    private const string V1 = "/services/survey/v1";
    private const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplication MapSurveyEndpoints(this WebApplication app)
    {
        foreach (var (prefix, legacy) in new[] { (V2, true), (V1, false) })
        {
            var service = legacy ? "polls" : "surveys";
            ServiceRoutes.Map(app, "GET", prefix + "/polls", writes: false, service, c => ListPollsAsync(c, legacy));
            ServiceRoutes.Map(app, "GET", prefix + "/polls/{id}/pollRuns", writes: false, service, c => ListRunsAsync(c, legacy));
            ServiceRoutes.Map(app, "GET", prefix + "/pollRuns/{id}/poll_results.xlsx", writes: false, service, c => ResultsAsync(c, legacy));
            // D70: no questionnaire logic.
            ServiceRoutes.Map(app, "POST", prefix + "/polls", writes: true, service, c => NotImplemented(c, legacy));
            ServiceRoutes.Map(app, "POST", prefix + "/polls/{id}/pollRuns", writes: true, service, c => NotImplemented(c, legacy));
        }
        return app;
    }

    private static async Task<IResult> ListPollsAsync(HttpContext context, bool legacy)
    {
        if (Prepare(context, legacy) is { } refused) return refused;
        var principal = context.Principal();
        var query = context.Request.Query;
        var page = ServiceRoutes.Page(query);
        var (field, descending) = Sort(query["sort"].FirstOrDefault(), legacy, "createdAt", ["createdAt", "title"]);
        var title = legacy ? null : query["q"].FirstOrDefault();
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var polls = principal.Workspace.State.Source<Poll>().All
                .Where(p => string.IsNullOrEmpty(title) || p.Title.Contains(title, StringComparison.OrdinalIgnoreCase));
            Func<Poll, IComparable> key = field == "title" ? p => p.Title : p => p.CreatedAt;
            var ordered = (descending ? polls.OrderByDescending(key) : polls.OrderBy(key)).ThenBy(p => p.Id).ToList();
            return List("Poll", page.Of(ordered).Select(Json), ordered.Count);
        }
    }

    private static async Task<IResult> ListRunsAsync(HttpContext context, bool legacy)
    {
        if (Prepare(context, legacy) is { } refused) return refused;
        var principal = context.Principal();
        var id = ServiceRoutes.Route(context);
        var page = ServiceRoutes.Page(context.Request.Query);
        var (field, descending) = Sort(context.Request.Query["sort"].FirstOrDefault(), legacy, "startTime", ["startTime", "status"]);
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = principal.Workspace.State;
            var poll = FindPoll(view, id);
            var runs = view.Source<PollRun>().All.Where(r => r.PollId == poll.Id);
            Func<PollRun, IComparable> key = field == "status" ? r => r.Status : r => r.StartTime;
            var ordered = (descending ? runs.OrderByDescending(key) : runs.OrderBy(key)).ThenBy(r => r.Id).ToList();
            return List("PollRun", page.Of(ordered).Select(r => Json(r, poll)), ordered.Count);
        }
    }

    private static async Task<IResult> ResultsAsync(HttpContext context, bool legacy)
    {
        if (Prepare(context, legacy) is { } refused) return refused;
        var principal = context.Principal();
        var id = ServiceRoutes.Route(context);
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = principal.Workspace.State;
            var run = (Guid.TryParse(id, out var runId) ? view.Source<PollRun>().Get(runId) : null)
                ?? throw new NotFoundException($"Poll run '{id}' does not exist.", id);
            var poll = view.Source<Poll>().Get(run.PollId) ?? throw new NotFoundException($"Poll '{Formats.Id(run.PollId)}' does not exist.", id);
            return Results.File(PollResultsWorkbook.Build(view, poll, run), XlsxMediaType, "poll_results.xlsx");
        }
    }

    private static Task<IResult> NotImplemented(HttpContext context, bool legacy)
    {
        return Task.FromResult(Prepare(context, legacy) ?? Envelope.ErrorResult(StatusCodes.Status501NotImplemented,
            "The emulator serves surveys for reading only; creating or answering them is not implemented (D70).", context.Request.Path));
    }

    /// <summary>The deprecation headers of poll v2 and its <c>workspaceId</c> check (admin.md §11.3, §0).</summary>
    private static IResult? Prepare(HttpContext context, bool legacy)
    {
        var principal = context.Principal();
        if (!legacy) return null;
        context.Response.Headers["X-SAP-stateInfo"] = """{"state": "deprecated"}""";
        context.Response.Headers["X-API-Warn"] = "'poll/v2' is a deprecated API. Please use 'survey/v1'.";
        if (context.Request.Query["workspaceId"].FirstOrDefault() is { Length: > 0 } ws && !(Guid.TryParse(ws, out var wid) && wid == principal.Workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{ws}'.", ws);
        return null;
    }

    /// <summary>v2 sorts by <c>field-desc</c>/<c>field-asc</c>, v1 by <c>-field</c>/<c>+field</c>/<c>field</c> (admin.md §11.3).</summary>
    private static (string Field, bool Descending) Sort(string? sort, bool legacy, string defaultField, string[] fields)
    {
        if (string.IsNullOrEmpty(sort)) return (defaultField, true);
        string field;
        bool descending;
        if (legacy)
        {
            var dash = sort.LastIndexOf('-');
            field = dash < 0 ? sort : sort[..dash];
            var direction = dash < 0 ? "asc" : sort[(dash + 1)..].ToLowerInvariant();
            if (direction is not ("asc" or "desc")) throw new RestInputException($"sort '{sort}' is not '<field>-asc' or '<field>-desc'.", sort, "sort");
            descending = direction == "desc";
        }
        else
        {
            descending = sort.StartsWith('-');
            field = sort.TrimStart('-', '+', ' ');
        }
        return fields.Contains(field, StringComparer.Ordinal)
            ? (field, descending)
            : throw new RestInputException($"sort field must be one of {string.Join(", ", fields)}, not '{field}'.", sort, "sort");
    }

    private static Poll FindPoll(IWorkspaceView view, string id) =>
        (Guid.TryParse(id, out var pollId) ? view.Source<Poll>().Get(pollId) : null) ?? throw new NotFoundException($"Poll '{id}' does not exist.", id);

    private static IResult List(string type, IEnumerable<JsonObject> items, int total) =>
        Envelope.OkResult(type, new JsonArray(items.Select(i => (JsonNode?)i).ToArray()), total);

    private static JsonObject Json(Poll p) => new()
    {
        ["id"] = Formats.Id(p.Id), ["title"] = p.Title, ["language"] = p.Language,
        ["questionnaire"] = new JsonObject
        {
            ["questions"] = new JsonArray(p.Questions.Select(q => (JsonNode?)new JsonObject { ["id"] = q.Id, ["text"] = q.Text, ["type"] = q.Type }).ToArray())
        },
        ["createdAt"] = Formats.Timestamp(p.CreatedAt), ["createdBy"] = p.CreatedBy is { } by ? new JsonObject { ["id"] = Formats.Id(by) } : null
    };

    private static JsonObject Json(PollRun r, Poll poll) => new()
    {
        ["id"] = Formats.Id(r.Id), ["poll"] = new JsonObject { ["id"] = Formats.Id(poll.Id), ["title"] = poll.Title }, ["status"] = r.Status,
        ["startTime"] = Formats.Timestamp(r.StartTime), ["factsheetsTotal"] = r.FactSheetIds.Count,
        ["factsheetsCompleted"] = PollResultsWorkbook.Completed(r, poll), ["factsheetsSelected"] = r.FactSheetIds.Count,
        ["creator"] = r.CreatorId is { } c ? new JsonObject { ["id"] = Formats.Id(c) } : null
    };
}
