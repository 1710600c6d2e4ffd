using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Todos;

/// <summary>
/// A ToDoQuery (admin.md §4.2): every list given must contain the to-do's value (AND over members, OR within a list).
/// Queries that change or delete must name at least one criterion, so an empty query never touches every to-do.
/// </summary>
public sealed class TodoQuery
{
    private HashSet<Guid>? _todoIds, _factSheetIds, _assigneeIds;
    private HashSet<string>? _externalIds, _states, _categories;

    public bool IsEmpty => _todoIds is null && _factSheetIds is null && _assigneeIds is null && _externalIds is null && _states is null && _categories is null;

    public bool Matches(Todo todo) =>
        (_todoIds is null || _todoIds.Contains(todo.Id))
        && (_factSheetIds is null || _factSheetIds.Contains(todo.FactSheetId))
        && (_assigneeIds is null || todo.AssigneeIds.Any(_assigneeIds.Contains))
        && (_externalIds is null || todo.ExternalId is { } e && _externalIds.Contains(e))
        && (_states is null || _states.Contains(todo.State))
        && (_categories is null || _categories.Contains(todo.Category));

    /// <summary>Reads <c>{"query": ToDoQuery}</c> or a bare ToDoQuery.</summary>
    public static TodoQuery FromBody(JsonNode? body)
    {
        var wrapper = RequestJson.Object(body, "{\"query\": ToDoQuery}");
        var query = wrapper["query"] is { } q ? q as JsonObject ?? throw new RestInputException("'query' must be an object.", q.ToJsonString(), "query") : wrapper;
        return FromObject(query);
    }

    public static TodoQuery FromObject(JsonObject query) => new()
    {
        _todoIds = Ids(query, "todoIds"),
        _factSheetIds = Ids(query, "factSheetIds"),
        _assigneeIds = Ids(query, "assigneeIds"),
        _externalIds = Strings(query, "externalIds", null),
        _states = Strings(query, "states", TodoVocabulary.States),
        _categories = Strings(query, "categories", TodoVocabulary.Categories)
    };

    /// <summary>
    /// The D49 query parameters of <c>GET /to-do</c>: <c>factSheetId</c>, <c>state</c> and <c>category</c>, each repeatable;
    /// a comma-separated value counts as repeated, as clients that cannot repeat a key send it.
    /// </summary>
    public static TodoQuery FromParameters(IQueryCollection parameters)
    {
        var query = new JsonObject();
        foreach (var (parameter, member) in new[] { ("factSheetId", "factSheetIds"), ("state", "states"), ("category", "categories") })
        {
            var values = parameters[parameter].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (values.Count > 0) query[member] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        }
        return FromObject(query);
    }

    private static HashSet<Guid>? Ids(JsonObject query, string key)
    {
        if (Strings(query, key, null) is not { } texts) return null;
        return texts.Select(t => Formats.ParseId(t) ?? throw new RestInputException($"'{key}' holds '{t}', which is not a UUID.", t, key)).ToHashSet();
    }

    // An absent, null or empty list does not filter (the scripts send [] for "any").
    private static HashSet<string>? Strings(JsonObject query, string key, IReadOnlyList<string>? allowed)
    {
        switch (query[key])
        {
            case null:
                return null;
            case JsonArray { Count: 0 }:
                return null;
            case JsonArray array:
                var values = new HashSet<string>(StringComparer.Ordinal);
                foreach (var node in array)
                {
                    var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s
                        : throw new RestInputException($"'{key}' must be a list of strings.", node?.ToJsonString(), key);
                    values.Add(allowed is null ? text : RequestJson.OneOf(text, key, allowed)!);
                }
                return values;
            case var other:
                throw new RestInputException($"'{key}' must be a list, not {other.ToJsonString()}.", other.ToJsonString(), key);
        }
    }
}
