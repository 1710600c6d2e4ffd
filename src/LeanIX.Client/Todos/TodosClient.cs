using LeanIX.Client.Wire;

namespace LeanIX.Client.Todos;

/// <summary>
/// To-dos (<c>lx.Todos</c>): the to-do service at <c>/services/todo/v1</c> (admin.md §4, D49–D51). Lists come as
/// <c>{"data":[…],"total"}</c>; the client also reads <c>content</c> (D50).
/// </summary>
public sealed class TodosClient
{
    private const string Base = "services/todo/v1/to-do";
    private readonly LeanIXConnection _connection;

    internal TodosClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>The to-dos a query matches (POST <c>/to-do/query</c>; the seed's <c>get_todos</c>).</summary>
    public async Task<IReadOnlyList<Todo>> QueryAsync(TodoQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = LeanIXConnection.Serialize(new TodoQueryWire(query), Wire.TodoQueryWire);
        var list = await _connection.SendAsync(HttpMethod.Post, $"{Base}/query", Wire.TodoListWire, body, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? list.Content ?? [];
    }

    /// <summary>The to-dos of a fact sheet, by default the open and in-progress ones (<c>fs.Todos()</c> of the seed).</summary>
    public Task<IReadOnlyList<Todo>> ForFactSheetAsync(FactSheet factSheet, IEnumerable<string>? states = null, IEnumerable<string>? categories = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return QueryAsync(new TodoQuery
        {
            FactSheetIds = [factSheet.Id.ToString()],
            States = states?.ToList() ?? TodoState.Active,
            Categories = categories?.ToList()
        }, cancellationToken);
    }

    /// <summary>
    /// The to-dos page by page (GET <c>/to-do</c>, D49: page/size, newest first), optionally of one fact sheet and only
    /// in some states or categories.
    /// </summary>
    public AsyncPageable<Todo> List(string? factSheetId = null, IEnumerable<string>? states = null, IEnumerable<string>? categories = null)
    {
        // D49 repeats state/category; the emulator also takes them comma-separated, which one query dictionary can carry.
        var query = new Dictionary<string, string?>
        {
            ["factSheetId"] = factSheetId,
            ["state"] = states is null ? null : string.Join(',', states),
            ["category"] = categories is null ? null : string.Join(',', categories)
        };
        return _connection.Pages(Base, query, 100).Select(e => LeanIXConnection.Read(e, Wire.Todo, $"GET /{Base}"));
    }

    /// <summary>Creates a to-do (POST <c>/to-do</c>; the seed's <c>create_todo</c>).</summary>
    public Task<Todo> CreateAsync(NewTodo todo, CancellationToken cancellationToken = default) => CreateAsync(todo, false, cancellationToken);

    /// <summary>
    /// Changes a to-do: title, description, due date, assignees, category and state as <paramref name="todo"/> has them
    /// (POST <c>/to-do/upsert</c> for its id; the seed's <c>update_todo</c>). Members that are null stay as they are.
    /// </summary>
    /// <exception cref="LeanIXNotFoundException">No to-do has this id.</exception>
    public async Task<Todo> UpdateAsync(Todo todo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(todo);
        var id = CheckId(todo.Id ?? "");
        var patch = new TodoPatchWire(todo.Title, todo.Description, todo.DueDate, todo.Assignees.Select(a => new IdWire(a.Id)).ToList(), todo.Category, todo.State);
        return await UpsertOneAsync(id, patch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes a to-do (state CLOSED; an ACTION_ITEM is then ACCEPTED, D51; the seed's <c>close_todo</c>).</summary>
    /// <exception cref="LeanIXNotFoundException">No to-do has this id.</exception>
    public Task<Todo> CloseAsync(string id, CancellationToken cancellationToken = default) =>
        UpsertOneAsync(CheckId(id), new TodoPatchWire(State: TodoState.Closed), cancellationToken);

    /// <summary>Deletes to-dos by id, closed ones included (POST <c>/to-do/delete</c>; the seed's <c>delete_todos</c>). No ids, no request.</summary>
    public async Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.Select(CheckId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0) return;
        var body = LeanIXConnection.Serialize(new TodoQueryWire(new TodoQuery { TodoIds = list }), Wire.TodoQueryWire);
        await _connection.SendAsync(HttpMethod.Post, $"{Base}/delete", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accepts a LINK or IMPORT to-do: it closes as ACCEPTED and the caller becomes its owner (D51).</summary>
    public Task<Todo> AcceptAsync(string id, CancellationToken cancellationToken = default) => ActAsync(id, "accept", null, cancellationToken);

    /// <summary>Rejects a LINK, IMPORT, ANSWER or APPROVAL to-do: it closes as REJECTED and the caller becomes its owner (D51).</summary>
    public Task<Todo> RejectAsync(string id, string? reason = null, CancellationToken cancellationToken = default) =>
        ActAsync(id, "reject", reason is null ? null : LeanIXConnection.Serialize(new TodoRejectWire(reason), Wire.TodoRejectWire), cancellationToken);

    /// <summary>Takes over an OPEN to-do: the caller becomes owner and the state IN_PROGRESS (D51).</summary>
    public Task<Todo> AssignToMeAsync(string id, CancellationToken cancellationToken = default) => ActAsync(id, "assignToMe", null, cancellationToken);

    /// <summary>Answers an ANSWER to-do and closes it.</summary>
    public Task<Todo> ReplyAndCloseAsync(string id, string reply, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reply);
        return ActAsync(id, "replyAndClose", LeanIXConnection.Serialize(new TodoReplyWire(reply), Wire.TodoReplyWire), cancellationToken);
    }

    /// <summary>
    /// Makes sure one open to-do like <paramref name="todo"/> exists on its fact sheet (the seed's <c>create_or_update_todo</c>,
    /// admin.md §4.3). The OPEN and IN_PROGRESS to-dos of that fact sheet and category <em>match</em> when all
    /// <paramref name="uniqueFields"/> (default: title) agree. A match that also agrees on all <paramref name="variableFields"/>
    /// (default: description, due date, assignees) stays as it is, unless <paramref name="recreate"/>; otherwise every
    /// match is deleted and one new to-do created, with <paramref name="mailNotification"/> passed on and
    /// <paramref name="onCreated"/> called with it.
    /// </summary>
    public async Task<TodoUpsertResult> CreateOrUpdateTodoAsync(NewTodo todo, IEnumerable<TodoField>? uniqueFields = null, IEnumerable<TodoField>? variableFields = null,
        bool recreate = false, bool mailNotification = false, Func<Todo, CancellationToken, Task>? onCreated = null, CancellationToken cancellationToken = default)
    {
        Check(todo);
        var unique = (uniqueFields ?? [TodoField.Title]).ToList();
        var variable = (variableFields ?? [TodoField.Description, TodoField.DueDate, TodoField.Assignees]).ToList();
        var wanted = WithDueDate(todo);
        var open = await QueryAsync(new TodoQuery { FactSheetIds = [todo.FactSheetId], States = TodoState.Active, Categories = [todo.Category] }, cancellationToken).ConfigureAwait(false);
        var matches = open.Where(t => unique.All(f => Agrees(f, wanted, t))).ToList();
        if (!recreate && matches.FirstOrDefault(t => variable.All(f => Agrees(f, wanted, t))) is { } same)
            return new TodoUpsertResult(same, false, 0);
        await DeleteAsync(matches.Select(t => t.Id!), cancellationToken).ConfigureAwait(false);
        var created = await CreateAsync(wanted, mailNotification, cancellationToken).ConfigureAwait(false);
        if (onCreated is not null) await onCreated(created, cancellationToken).ConfigureAwait(false);
        return new TodoUpsertResult(created, true, matches.Count);
    }

    private async Task<Todo> CreateAsync(NewTodo todo, bool mailNotification, CancellationToken cancellationToken)
    {
        Check(todo);
        var wanted = WithDueDate(todo);
        var body = LeanIXConnection.Serialize(new TodoCreateWire(new IdWire(wanted.FactSheetId), wanted.Title, wanted.Description, wanted.Category,
            wanted.AssigneeIds.Select(a => new IdWire(a)).ToList(), wanted.DueDate, wanted.ExternalId, mailNotification ? true : null), Wire.TodoCreateWire);
        return One(await _connection.SendAsync(HttpMethod.Post, Base, Wire.TodoOneWire, body, null, cancellationToken).ConfigureAwait(false), $"POST /{Base}");
    }

    private async Task<Todo> UpsertOneAsync(string id, TodoPatchWire patch, CancellationToken cancellationToken)
    {
        var body = LeanIXConnection.Serialize(new List<TodoUpsertEntryWire> { new(new TodoQuery { TodoIds = [id] }, patch) }, Wire.ListTodoUpsertEntryWire);
        var list = await _connection.SendAsync(HttpMethod.Post, $"{Base}/upsert", Wire.TodoListWire, body, null, cancellationToken).ConfigureAwait(false);
        return (list.Data ?? list.Content)?.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new LeanIXNotFoundException($"To-do '{id}' does not exist.", $"POST /{Base}/upsert");
    }

    private async Task<Todo> ActAsync(string id, string action, byte[]? body, CancellationToken cancellationToken)
    {
        CheckId(id);
        var answer = await _connection.SendAsync(HttpMethod.Put, $"{Base}/{id}/{action}", Wire.TodoOneWire, body, null, cancellationToken).ConfigureAwait(false);
        return One(answer, $"PUT /{Base}/{{id}}/{action}");
    }

    private NewTodo WithDueDate(NewTodo todo) =>
        todo.DueDate is null && todo.DueDays is { } days
            ? todo with { DueDate = DateOnly.FromDateTime(_connection.Clock.GetUtcNow().UtcDateTime).AddDays(days), DueDays = null }
            : todo;

    private static bool Agrees(TodoField field, NewTodo wanted, Todo existing) => field switch
    {
        TodoField.Title => wanted.Title == existing.Title,
        TodoField.Description => (wanted.Description ?? "") == (existing.Description ?? ""),
        TodoField.Category => wanted.Category == existing.Category,
        TodoField.DueDate => wanted.DueDate == existing.DueDate,
        TodoField.Assignees => wanted.AssigneeIds.Select(a => a.ToLowerInvariant()).ToHashSet().SetEquals(existing.Assignees.Select(a => a.Id.ToLowerInvariant())),
        TodoField.ExternalId => wanted.ExternalId == existing.ExternalId,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown to-do field.")
    };

    private static Todo One(TodoOneWire answer, string operation) =>
        answer.Data ?? answer.Content ?? throw new LeanIXRequestFailedException($"{operation}: the response holds no to-do.", operation);

    private static void Check(NewTodo todo)
    {
        ArgumentNullException.ThrowIfNull(todo);
        CheckId(todo.FactSheetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(todo.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(todo.Category);
        if (todo.DueDays is < 0) throw new ArgumentOutOfRangeException(nameof(todo), todo.DueDays, "DueDays must not be negative.");
    }

    private static string CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Guid.TryParse(id, out _) ? id : throw new ArgumentException($"'{id}' is not an id (a UUID).", nameof(id));
    }
}
