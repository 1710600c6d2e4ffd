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
    private readonly DataModelClient _dataModel;

    internal AuthorizationsClient(LeanIXConnection connection, DataModelClient dataModel)
    {
        _connection = connection;
        _dataModel = dataModel;
    }

    /// <summary>
    /// Sets who may read and update a fact sheet (D66): <c>replace</c> patches of <c>/permittedReadACL</c> and
    /// <c>/permittedWriteACL</c> with the access control entity ids, in one <c>updateFactSheet</c>. A null list is left as
    /// it is, an empty one clears it (everyone may then read or update). An unknown entity fails the whole call.
    /// </summary>
    public async Task SetFactSheetAclsAsync(Guid factSheetId, IEnumerable<Guid>? read, IEnumerable<Guid>? write, CancellationToken cancellationToken = default)
    {
        var patches = new JsonArray();
        foreach (var (path, ids) in new[] { ("/permittedReadACL", read), ("/permittedWriteACL", write) })
        {
            if (ids is null) continue;
            var value = new JsonArray([.. ids.Distinct().Select(id => (JsonNode?)id.ToString("D"))]);
            patches.Add(new JsonObject { ["op"] = "replace", ["path"] = path, ["value"] = value.ToJsonString() });
        }
        if (patches.Count == 0) return;
        await _connection.GraphQLAsync(
            "mutation SetFactSheetAcls($id: ID!, $patches: [Patch]!) { updateFactSheet(id: $id, patches: $patches) { factSheet { id } } }",
            new JsonObject { ["id"] = factSheetId.ToString("D"), ["patches"] = patches }, cancellationToken).ConfigureAwait(false);
    }

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

    /// <summary>
    /// Replaces the authorization model (<c>PUT /models/authorization</c>, admin.md §10): the service stores it as sent (D66) and
    /// answers the stored model. For workspace admins.
    /// </summary>
    public async Task<IReadOnlyList<AuthorizationRole>> UpdateAuthorizationModelAsync(IReadOnlyList<AuthorizationRole> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0) throw new ArgumentException("An authorization model has at least one role.", nameof(roles));
        var body = new JsonArray(roles.Select(r => (JsonNode?)new JsonObject
        {
            ["name"] = r.Name,
            ["permissions"] = new JsonArray(r.Permissions.Select(p => (JsonNode?)new JsonObject
            {
                ["domain"] = p.Domain, ["function"] = p.Function,
                ["actions"] = new JsonArray(p.Actions.Select(a => (JsonNode?)a).ToArray()),
                ["instances"] = new JsonArray(new JsonObject { ["values"] = new JsonArray(p.Instances.Select(i => (JsonNode?)i).ToArray()) })
            }).ToArray())
        }).ToArray());
        await _connection.RequestAsync(Base + "/authorization", HttpMethod.Put, body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await GetAuthorizationModelAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The seed's <c>export_authorizations(file_name, language)</c> (admin.md §10): writes the authorization model as an Excel
    /// workbook – one row per role, domain, function and instance (a fact sheet type, labelled in <paramref name="language"/> from
    /// <c>/models/languages/{language}</c>), one column per action marked "x" where the role has it. Returns the file's path.
    /// </summary>
    public async Task<string> ExportAuthorizationsAsync(string file = "permissions.xlsx", string language = "en", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var roles = await GetAuthorizationModelAsync(cancellationToken).ConfigureAwait(false);
        var labels = await _dataModel.GetLanguageAsync(language, cancellationToken).ConfigureAwait(false);
        var path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AuthorizationWorkbook.Write(path, roles, labels);
        return path;
    }

    private static List<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(n => (string?)n).OfType<string>().ToList();

    private static LeanIXRequestFailedException Unreadable(string what) =>
        new($"GET /{Base}: the response holds {what}.", "GET /" + Base, System.Net.HttpStatusCode.OK);
}
