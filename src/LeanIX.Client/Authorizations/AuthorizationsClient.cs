using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// ACLs and authorizations (<c>lx.Authorizations</c>, admin.md §10, D66): the access control entities (virtual workspaces)
/// and the role/permission model.
/// </summary>
public sealed class AuthorizationsClient
{
    private const string Base = "services/pathfinder/v1/models";
    private readonly LeanIXConnection _connection;

    internal AuthorizationsClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>Every access control entity (the seed's <c>get_acls</c>), paging by <c>endCursor</c> (pages of 100).</summary>
    public async Task<IReadOnlyList<AccessControlEntity>> ListAccessControlEntitiesAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<AccessControlEntity>();
        string? cursor = null;
        do
        {
            var body = await _connection.RequestAsync(Base + "/accessControlEntities",
                query: new Dictionary<string, string?> { ["pageSize"] = "100", ["cursor"] = cursor, ["sorting"] = "name", ["sortDirection"] = "ASC" },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var page = body?["data"] as JsonArray ?? [];
            all.AddRange(page.OfType<JsonObject>().Select(a => new AccessControlEntity(
                Guid.TryParse((string?)a["id"], out var id) ? id : throw Unreadable("an access control entity without an id"),
                (string?)a["name"] ?? "", (string?)a["displayName"], (string?)a["description"])));
            cursor = page.Count == 0 ? null : (string?)body?["endCursor"];
        }
        while (cursor is not null);
        return all;
    }

    /// <summary>The authorization model: every role with its permissions (the seed's <c>get_authorizations</c>).</summary>
    public async Task<IReadOnlyList<AuthorizationRole>> GetAuthorizationModelAsync(CancellationToken cancellationToken = default)
    {
        var body = await _connection.RequestAsync(Base + "/authorization", cancellationToken: cancellationToken).ConfigureAwait(false);
        var roles = body?["data"] as JsonArray ?? throw Unreadable("no roles");
        return roles.OfType<JsonObject>().Select(r => new AuthorizationRole((string?)r["name"] ?? "",
            (r["permissions"] as JsonArray ?? []).OfType<JsonObject>().Select(p => new AuthorizationPermission(
                (string?)p["domain"] ?? "", (string?)p["function"], Strings(p["actions"]),
                (p["instances"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(i => Strings(i["values"])).ToList())).ToList())).ToList();
    }

    private static List<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(n => (string?)n).OfType<string>().ToList();

    private static LeanIXRequestFailedException Unreadable(string what) =>
        new($"GET /{Base}: the response holds {what}.", "GET /" + Base, System.Net.HttpStatusCode.OK);
}
