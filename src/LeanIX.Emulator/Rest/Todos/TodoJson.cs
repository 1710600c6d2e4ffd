using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Queries;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Todos;

/// <summary>The ToDo objects of admin.md §4.2: the read shape, the create body and the upsert patch.</summary>
public static class TodoJson
{
    /// <summary>The ToDo read shape; <c>reply</c> is added for ANSWER to-dos, <c>mailNotification</c> echoes the create flag.</summary>
    public static JsonObject Todo(IWorkspaceView view, Todo todo)
    {
        var fs = view.FactSheets.Get(todo.FactSheetId);
        var json = new JsonObject
        {
            ["id"] = Formats.Id(todo.Id),
            ["workspaceId"] = Formats.Id(view.Workspace.Id),
            ["factSheet"] = new JsonObject
            {
                ["id"] = Formats.Id(todo.FactSheetId),
                ["type"] = fs?.Type,
                ["displayName"] = fs is null ? null : FactSheetNames.DisplayName(view, fs)
            },
            ["title"] = todo.Title,
            ["description"] = todo.Description,
            ["category"] = todo.Category,
            ["state"] = todo.State,
            ["resolution"] = todo.Resolution,
            ["assignees"] = new JsonArray(todo.AssigneeIds.Select(id => (JsonNode)Assignee(view, id)).ToArray()),
            ["owner"] = todo.OwnerId is { } owner ? new JsonObject { ["id"] = Formats.Id(owner) } : null,
            ["creator"] = todo.CreatorId is { } creator ? new JsonObject { ["id"] = Formats.Id(creator) } : null,
            ["dueDate"] = todo.DueDate,
            ["externalId"] = todo.ExternalId,
            ["mailNotification"] = todo.MailNotification,
            ["createdAt"] = Formats.Timestamp(todo.CreatedAt),
            ["updatedAt"] = Formats.Timestamp(todo.UpdatedAt)
        };
        if (todo.Category == "ANSWER") json["reply"] = todo.Reply;
        return json;
    }

    /// <summary>A ToDoCreate body (admin.md §4.2): fact sheet and title required, the rest checked as D51 says.</summary>
    public static Todo Create(IWorkspaceView view, JsonObject body, Guid creator, DateTimeOffset now)
    {
        var factSheetId = RequestJson.String(Object(body, "factSheet"), "id") ?? RequestJson.String(body, "factSheetId")
            ?? throw new RestInputException("A to-do needs 'factSheet.id'.", field: "factSheet.id");
        if (Formats.ParseId(factSheetId) is not { } fsId || view.FactSheets.Get(fsId) is null)
            throw new RestInputException($"Fact sheet '{factSheetId}' does not exist.", factSheetId, "factSheet.id");
        var title = RequestJson.String(body, "title");
        if (string.IsNullOrWhiteSpace(title)) throw new RestInputException("A to-do needs a 'title'.", field: "title");
        var todo = new Todo
        {
            Id = Guid.NewGuid(),
            FactSheetId = fsId,
            Title = title,
            CreatorId = creator,
            MailNotification = RequestJson.Bool(body, "mailNotification") ?? false,
            CreatedAt = now,
            UpdatedAt = now
        };
        Patch(view, body, todo);
        if (todo.State == "CLOSED") Close(todo);
        return todo;
    }

    /// <summary>
    /// Applies the members an upsert's <c>todo</c> carries (title, description, category, state, resolution, dueDate,
    /// assignees, externalId); members left out stay. Closing an ACTION_ITEM without a resolution accepts it (D51).
    /// </summary>
    public static void Update(IWorkspaceView view, JsonObject patch, Todo todo, DateTimeOffset now)
    {
        var wasClosed = todo.State == "CLOSED";
        if (RequestJson.String(patch, "title") is { } title)
            todo.Title = string.IsNullOrWhiteSpace(title) ? throw new RestInputException("'title' must not be empty.", title, "title") : title;
        Patch(view, patch, todo);
        if (!wasClosed && todo.State == "CLOSED") Close(todo);
        if (todo.State != "CLOSED" && patch["resolution"] is null) todo.Resolution = null;
        todo.UpdatedAt = now;
    }

    private static void Patch(IWorkspaceView view, JsonObject body, Todo todo)
    {
        if (body.ContainsKey("description")) todo.Description = RequestJson.String(body, "description");
        if (RequestJson.OneOf(RequestJson.String(body, "category"), "category", TodoVocabulary.Categories) is { } category) todo.Category = category;
        if (RequestJson.OneOf(RequestJson.String(body, "state"), "state", TodoVocabulary.States) is { } state) todo.State = state;
        if (body.ContainsKey("resolution")) todo.Resolution = RequestJson.OneOf(RequestJson.String(body, "resolution"), "resolution", TodoVocabulary.Resolutions);
        if (body.ContainsKey("dueDate")) todo.DueDate = DueDate(RequestJson.String(body, "dueDate"));
        if (body.ContainsKey("externalId")) todo.ExternalId = RequestJson.String(body, "externalId");
        if (body.ContainsKey("assignees")) todo.AssigneeIds = Assignees(view, body["assignees"]);
    }

    /// <summary>D51: closing an ACTION_ITEM without a resolution accepts it.</summary>
    private static void Close(Todo todo)
    {
        if (todo.Category == "ACTION_ITEM" && todo.Resolution is null) todo.Resolution = "ACCEPTED";
    }

    /// <summary>D51: <c>YYYY-MM-DD</c> only.</summary>
    private static string? DueDate(string? text) =>
        text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? text
            : throw new RestInputException($"'dueDate' must be a date YYYY-MM-DD, not '{text}'.", text, "dueDate");

    /// <summary><c>[{"id"}]</c> (or bare id strings) of workspace users; an unknown id is a 400 (D51).</summary>
    private static List<Guid> Assignees(IWorkspaceView view, JsonNode? node)
    {
        if (node is null) return [];
        if (node is not JsonArray array) throw new RestInputException("'assignees' must be an array of {\"id\"}.", node.ToJsonString(), "assignees");
        var ids = new List<Guid>();
        foreach (var entry in array)
        {
            var text = entry is JsonObject o ? RequestJson.String(o, "id") : entry is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (Formats.ParseId(text) is not { } id || view.Users.Get(id) is null)
                throw new RestInputException($"Assignee '{text ?? entry?.ToJsonString()}' is not a user of this workspace.", text ?? entry?.ToJsonString(), "assignees");
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    private static JsonObject Assignee(IWorkspaceView view, Guid id)
    {
        var user = view.Users.Get(id);
        return new JsonObject { ["id"] = Formats.Id(id), ["displayName"] = user?.DisplayName, ["email"] = user?.Email };
    }

    private static JsonObject Object(JsonObject body, string key) => body[key] switch
    {
        null => new JsonObject(),
        JsonObject o => o,
        var other => throw new RestInputException($"'{key}' must be an object, not {other.ToJsonString()}.", other.ToJsonString(), key)
    };
}
