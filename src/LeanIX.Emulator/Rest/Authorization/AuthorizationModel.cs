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
