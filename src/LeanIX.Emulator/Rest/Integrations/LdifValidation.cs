using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// The LDIF checks of admin.md §1.2: required header members (≤ 500 characters), a <c>content</c> array whose items have
/// <c>type</c>, <c>id</c> and an object <c>data</c>. Header problems answer 400 at creation; the workspace check
/// (<c>lxWorkspace</c> must be the token's) fails the run after start (D75).
/// </summary>
public static class LdifValidation
{
    public static string? HeaderError(JsonObject ldif)
    {
        foreach (var (key, value) in ldif)
            if (key != "content" && key != "customFields" && value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > ConfigurationIdentity.MaxHeaderLength)
                return $"LDIF header '{key}' is longer than {ConfigurationIdentity.MaxHeaderLength} characters";
        foreach (var required in new[] { "connectorType", "connectorId", "processingDirection" })
            if (ldif[required] is not JsonValue v || !v.TryGetValue<string>(out var s) || string.IsNullOrWhiteSpace(s))
                return $"LDIF header '{required}' is required";
        if (ldif["content"] is not JsonArray content) return "LDIF 'content' must be an array";
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i] is not JsonObject item) return $"LDIF content[{i}] must be an object";
            foreach (var member in new[] { "type", "id" })
                if (item[member] is not JsonValue mv || !mv.TryGetValue<string>(out var ms) || ms.Length == 0)
                    return $"LDIF content[{i}] needs a non-empty '{member}'";
            if (item["data"] is not JsonObject) return $"LDIF content[{i}] needs a 'data' object";
        }
        return null;
    }

    /// <summary>D75: a run whose <c>lxWorkspace</c> names another workspace fails.</summary>
    public static string? WorkspaceError(JsonObject ldif, Guid workspaceId)
    {
        if (ldif["lxWorkspace"] is not JsonValue v || !v.TryGetValue<string>(out var text) || string.IsNullOrEmpty(text)) return null;
        return Guid.TryParse(text, out var id) && id == workspaceId
            ? null
            : $"lxWorkspace '{text}' does not match the workspace of the token ({workspaceId:D})";
    }
}
