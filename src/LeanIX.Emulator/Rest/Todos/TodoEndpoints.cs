using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Todos;

/// <summary>
/// To-dos, <c>/services/todo/v1</c> (admin.md §4, D49–D51): lists are <c>{"data":[ToDo],"total":n}</c>, one to-do is
/// <c>{"data":ToDo}</c>, errors are D2 bodies (D50). The caller of accept/reject/assignToMe becomes the owner.
/// </summary>
public static class TodoEndpoints
{
    public const string Base = "/services/todo/v1/to-do";
    private const string Service = "to-dos";

    public static WebApplication MapTodoEndpoints(this WebApplication app)
    {
        ServiceRoutes.Map(app, "GET", Base, false, Service, ListAsync);
        ServiceRoutes.Map(app, "POST", Base, true, Service, CreateAsync);
        ServiceRoutes.Map(app, "POST", Base + "/query", false, Service, QueryAsync);
        ServiceRoutes.Map(app, "POST", Base + "/upsert", true, Service, UpsertAsync);
        ServiceRoutes.Map(app, "POST", Base + "/delete", true, Service, DeleteAsync);
        ServiceRoutes.Map(app, "PUT", Base + "/{id}/accept", true, Service, c => ActAsync(c, Accept));
        ServiceRoutes.Map(app, "PUT", Base + "/{id}/reject", true, Service, c => ActAsync(c, Reject));
        ServiceRoutes.Map(app, "PUT", Base + "/{id}/assignToMe", true, Service, c => ActAsync(c, AssignToMe));
        ServiceRoutes.Map(app, "PUT", Base + "/{id}/replyAndClose", true, Service, c => ActAsync(c, ReplyAndClose));
        return app;
    }

    /// <summary>D49: <c>factSheetId</c>, repeatable <c>state</c>/<c>category</c>, page/size; newest first.</summary>
    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var page = ServiceRoutes.Page(context.Request.Query);
        var query = TodoQuery.FromParameters(context.Request.Query);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = Ordered(workspace.State.Source<Todo>().All.Where(query.Matches)).ToList();
            return List(workspace.State, page.Of(matches), matches.Count);
        }
    }

    private static async Task<IResult> QueryAsync(HttpContext context)
    {
        var query = TodoQuery.FromBody(await RequestJson.ReadAsync(context));
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = Ordered(workspace.State.Source<Todo>().All.Where(query.Matches)).ToList();
            return List(workspace.State, matches, matches.Count);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var body = RequestJson.Object(await RequestJson.ReadAsync(context), "a ToDoCreate");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var todo = TodoJson.Create(tx, body, context.Principal().UserId, tx.Now);
            tx.Overlay<Todo>().Add(todo);
            workspace.Commit(tx);
            return One(workspace.State, todo);
        }
    }

    /// <summary>
    /// <c>[{"query", "todo"}]</c>: each entry's patch goes onto every to-do its query matches. An entry whose query matches
    /// none and whose <c>todo</c> names a fact sheet and a title creates that to-do (the "insert" of upsert) [I]. All
    /// entries apply or none. Answers the affected to-dos.
    /// </summary>
    private static async Task<IResult> UpsertAsync(HttpContext context)
    {
        var entries = RequestJson.Array(await RequestJson.ReadAsync(context), "[{\"query\", \"todo\"}]");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var todos = tx.Overlay<Todo>();
            var affected = new List<Todo>();
            foreach (var node in entries)
            {
                var entry = node as JsonObject ?? throw new RestInputException("Each upsert entry must be {\"query\", \"todo\"}.", node?.ToJsonString(), "body");
                var patch = entry["todo"] as JsonObject ?? throw new RestInputException("An upsert entry needs a 'todo' object.", entry.ToJsonString(), "todo");
                var query = TodoQuery.FromObject(entry["query"] as JsonObject ?? new JsonObject());
                var matches = query.IsEmpty ? [] : todos.All.Where(query.Matches).Select(t => t.Id).ToList();
                if (matches.Count == 0)
                {
                    if (patch["factSheet"] is null && patch["factSheetId"] is null)
                    {
                        if (query.IsEmpty) throw new RestInputException("An upsert entry needs a query with at least one criterion, or a to-do to create.", entry.ToJsonString(), "query");
                        continue;
                    }
                    var created = TodoJson.Create(tx, patch, context.Principal().UserId, tx.Now);
                    todos.Add(created);
                    affected.Add(created);
                    continue;
                }
                foreach (var id in matches)
                {
                    var todo = todos.Edit(id)!;
                    TodoJson.Update(tx, patch, todo, tx.Now);
                    affected.RemoveAll(t => t.Id == id);
                    affected.Add(todo);
                }
            }
            workspace.Commit(tx);
            return List(workspace.State, affected, affected.Count);
        }
    }

    /// <summary>Deletes what the query matches (closed ones included); 204 (D53). An empty query is refused.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context)
    {
        var query = TodoQuery.FromBody(await RequestJson.ReadAsync(context));
        if (query.IsEmpty) throw new RestInputException("A delete needs a query with at least one criterion (e.g. todoIds).", field: "query");
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var todos = tx.Overlay<Todo>();
            foreach (var todo in todos.All.Where(query.Matches).ToList()) todos.Remove(todo.Id);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    private static async Task<IResult> ActAsync(HttpContext context, Action<Todo, JsonObject, Guid> action)
    {
        var id = ServiceRoutes.Route(context);
        var body = await RequestJson.ReadAsync(context) switch
        {
            null => new JsonObject(),
            JsonObject o => o,
            var other => throw new RestInputException("The request body must be a JSON object or empty.", other.ToJsonString(), "body")
        };
        var workspace = context.Principal().Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            var todo = (Formats.ParseId(id) is { } guid ? tx.Overlay<Todo>().Edit(guid) : null)
                ?? throw new NotFoundException($"To-do '{id}' does not exist.", id);
            if (todo.State == "CLOSED") throw new RestInputException($"To-do '{id}' is already closed.", id, "state");
            action(todo, body, context.Principal().UserId);
            todo.UpdatedAt = tx.Now;
            workspace.Commit(tx);
            return One(workspace.State, todo);
        }
    }

    private static void Accept(Todo todo, JsonObject body, Guid caller)
    {
        RequireCategory(todo, TodoVocabulary.Acceptable, "accepted");
        Close(todo, "ACCEPTED", caller);
    }

    private static void Reject(Todo todo, JsonObject body, Guid caller)
    {
        RequireCategory(todo, TodoVocabulary.Rejectable, "rejected");
        todo.Reply = RequestJson.String(body, "reason") ?? todo.Reply;
        Close(todo, "REJECTED", caller);
    }

    /// <summary>D51: only an OPEN to-do is taken over.</summary>
    private static void AssignToMe(Todo todo, JsonObject body, Guid caller)
    {
        if (todo.State != "OPEN") throw new RestInputException($"Only an OPEN to-do can be assigned to oneself; this one is {todo.State}.", todo.State, "state");
        todo.OwnerId = caller;
        todo.State = "IN_PROGRESS";
    }

    private static void ReplyAndClose(Todo todo, JsonObject body, Guid caller)
    {
        RequireCategory(todo, new HashSet<string> { "ANSWER" }, "answered");
        var reply = RequestJson.String(body, "reply");
        if (string.IsNullOrWhiteSpace(reply)) throw new RestInputException("replyAndClose needs {\"reply\": \"…\"}.", field: "reply");
        todo.Reply = reply;
        todo.State = "CLOSED";
    }

    private static void Close(Todo todo, string resolution, Guid caller)
    {
        todo.Resolution = resolution;
        todo.State = "CLOSED";
        todo.OwnerId = caller;
    }

    private static void RequireCategory(Todo todo, IReadOnlySet<string> allowed, string verb)
    {
        if (!allowed.Contains(todo.Category))
            throw new RestInputException($"A {todo.Category} to-do cannot be {verb}; only {string.Join(", ", allowed)} can (D51).", todo.Category, "category");
    }

    private static IEnumerable<Todo> Ordered(IEnumerable<Todo> todos) => todos.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id);

    /// <summary>D50: <c>{"data":[ToDo],"total":n}</c>.</summary>
    private static IResult List(IWorkspaceView view, IEnumerable<Todo> todos, int total) =>
        Results.Text(new JsonObject
        {
            ["data"] = new JsonArray(todos.Select(t => (JsonNode)TodoJson.Todo(view, t)).ToArray()),
            ["total"] = total
        }.ToJsonString(), "application/json");

    /// <summary>D50: the ToDo under <c>data</c>.</summary>
    private static IResult One(IWorkspaceView view, Todo todo) =>
        Results.Text(new JsonObject { ["data"] = TodoJson.Todo(view, todo) }.ToJsonString(), "application/json");
}
