using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Authorization;

/// <summary>
/// D66: the fixed default authorization model for ADMIN, MEMBER and VIEWER – domains <c>factSheet</c>, <c>relation</c>,
/// <c>field</c>, <c>tag</c>, <c>bookmark</c>; actions CREATE, READ, UPDATE, DELETE, ARCHIVE, IMPORT, EXPORT. The emulator
/// enforces only the role basics (a VIEWER changes nothing).
/// </summary>
public static class AuthorizationModel
{
    private static readonly string[] Domains = ["factSheet", "relation", "field", "tag", "bookmark"];
    private static readonly string[] All = ["CREATE", "READ", "UPDATE", "DELETE", "ARCHIVE", "IMPORT", "EXPORT"];

    /// <summary>AuthorizationRole list; fact sheet instances are the workspace's fact sheet types.</summary>
    public static JsonArray Default(IEnumerable<string> factSheetTypes)
    {
        var types = factSheetTypes.ToArray();
        return new JsonArray(
            Role("ADMIN", types, _ => All),
            Role("MEMBER", types, domain => domain == "bookmark" ? ["CREATE", "READ", "UPDATE", "DELETE"] : ["CREATE", "READ", "UPDATE", "ARCHIVE", "EXPORT"]),
            Role("VIEWER", types, _ => ["READ", "EXPORT"]));
    }

    /// <summary>Why a PUT body is not an authorization model, or null: a non-empty array of roles, each with a name and a
    /// <c>permissions</c> array whose entries have a <c>domain</c> and string <c>actions</c>.</summary>
    public static (string Message, string? Value)? Check(JsonNode? body)
    {
        if (body is not JsonArray { Count: > 0 } roles) return ("The authorization model is a non-empty JSON array of roles.", null);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in roles)
        {
            if (node is not JsonObject role || role["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
                return ("Every role of the authorization model needs a name.", "name");
            if (!names.Add(name)) return ($"Role '{name}' appears twice in the authorization model.", name);
            if (role["permissions"] is not JsonArray permissions) return ($"Role '{name}' needs a 'permissions' array.", name);
            foreach (var p in permissions)
            {
                if (p is not JsonObject permission || permission["domain"] is not JsonValue d || !d.TryGetValue<string>(out var domain) || domain.Length == 0)
                    return ($"A permission of role '{name}' has no domain.", name);
                if (permission["actions"] is not JsonArray actions || actions.Any(a => a is not JsonValue v || !v.TryGetValue<string>(out _)))
                    return ($"The permission '{domain}' of role '{name}' needs 'actions' as an array of strings.", domain);
            }
        }
        return null;
    }

    private static JsonObject Role(string name, string[] types, Func<string, string[]> actions) => new()
    {
        ["name"] = name,
        ["permissions"] = new JsonArray(Domains.Select(domain => (JsonNode?)new JsonObject
        {
            ["domain"] = domain,
            ["function"] = domain + ".manage",
            ["actions"] = new JsonArray(actions(domain).Select(a => (JsonNode?)a).ToArray()),
            ["instances"] = new JsonArray(new JsonObject { ["values"] = new JsonArray(types.Select(t => (JsonNode?)t).ToArray()) })
        }).ToArray())
    };
}
