using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Bookmarks;

/// <summary>A create or update body checked by D52: <c>name</c>, <c>type</c> (enum) and <c>state</c> required; 400 otherwise.</summary>
public sealed record BookmarkInput(
    string Name, string Type, string StateJson, string? GroupKey, string? Description, string? Sharing, Guid? UserId,
    List<Guid> PermittedReadUserIds, List<Guid> PermittedWriteUserIds, bool Predefined, bool Temporary, bool ODataEnabled, int? DefaultSharingPriority)
{
    /// <summary>The input, or the parameter and message of a 400.</summary>
    public static BookmarkInput? Parse(JsonNode? body, out (string Param, string Message)? error)
    {
        error = null;
        if (body is not JsonObject json)
        {
            error = ("body", "The request body must be a JSON object (a Bookmark).");
            return null;
        }
        if (Text(json, "name") is not { } name || string.IsNullOrWhiteSpace(name))
        {
            error = ("name", "A bookmark needs a name.");
            return null;
        }
        if (Text(json, "type") is not { } type || !BookmarkTypes.All.Contains(type))
        {
            error = ("type", $"Bookmark type '{Text(json, "type")}' is invalid; use one of {string.Join(", ", BookmarkTypes.All)}.");
            return null;
        }
        if (json["state"] is not JsonObject state)
        {
            error = ("state", "A bookmark needs a state object.");
            return null;
        }
        var sharing = Text(json, "sharing");
        if (sharing is not null && !BookmarkTypes.Sharing.Contains(sharing))
        {
            error = ("sharing", $"Sharing '{sharing}' is invalid; use one of {string.Join(", ", BookmarkTypes.Sharing)}.");
            return null;
        }
        Guid? userId = null;
        if (Text(json, "userId") is { } rawUser)
        {
            if (!Guid.TryParse(rawUser, out var u))
            {
                error = ("userId", $"userId '{rawUser}' is not a UUID.");
                return null;
            }
            userId = u;
        }
        if (Ids(json, "permittedReadUserIds", out error) is not { } read || Ids(json, "permittedWriteUserIds", out error) is not { } write) return null;
        return new BookmarkInput(name.Trim(), type, state.ToJsonString(), Text(json, "groupKey"), Text(json, "description"), sharing, userId,
            read, write, Bool(json, "predefined"), Bool(json, "temporary"), Bool(json, "oDataEnabled"),
            json["defaultSharingPriority"] is JsonValue p && p.TryGetValue<int>(out var priority) ? priority : null);
    }

    private static List<Guid>? Ids(JsonObject json, string key, out (string Param, string Message)? error)
    {
        error = null;
        var ids = new List<Guid>();
        if (json[key] is null) return ids;
        if (json[key] is not JsonArray array)
        {
            error = (key, $"{key} must be an array of user ids.");
            return null;
        }
        foreach (var item in array)
        {
            if (item is not JsonValue v || !v.TryGetValue<string>(out var s) || !Guid.TryParse(s, out var id))
            {
                error = (key, $"{key} holds '{item?.ToJsonString()}', which is not a user id.");
                return null;
            }
            ids.Add(id);
        }
        return ids;
    }

    private static string? Text(JsonObject json, string key) => json[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Bool(JsonObject json, string key) => json[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
