using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport;

/// <summary>
/// One element of a kind as read from a workspace, in a workspace-neutral form.
/// </summary>
/// <param name="Key">
/// The natural key the element is matched by across workspaces (a name, an identifier, a connector identity); compared
/// case-insensitively. Never an id: ids differ between workspaces.
/// </param>
/// <param name="Fields">
/// The element's settings without server-assigned members (ids, timestamps, statistics); empty strings and nulls are left
/// out so that "not set" compares equal however a service reports it.
/// </param>
/// <param name="Handle">The element's id in the workspace it was read from (for updates and deletes there), or null.</param>
/// <param name="Order">
/// Apply order within a kind: lower first for creates and updates, higher first for deletes (a tag group before its tags,
/// its tags before it is deleted).
/// </param>
public sealed record TransportElement(string Key, JsonObject Fields, string? Handle = null, int Order = 0)
{
    /// <summary>A field as a string, or null.</summary>
    public string? Text(string field) => Fields[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A field as a list of strings (empty when absent).</summary>
    public IReadOnlyList<string> Texts(string field) =>
        Fields[field] is JsonArray a ? a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() : [];

    /// <summary>A field as a boolean, or null.</summary>
    public bool? Flag(string field) => Fields[field] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>A field as an integer, or null.</summary>
    public int? Number(string field) => Fields[field] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
