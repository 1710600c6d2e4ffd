using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// D66 ACL enforcement. Reads are filtered only for a caller who is not ADMIN and has access control entities on its
/// permission: a fact sheet with a non-empty <c>permittedReadACL</c> is then visible only when the caller holds one of
/// them (admin.md §10 semantics). Writes: a non-admin updates a fact sheet with a non-empty <c>permittedWriteACL</c>
/// only when holding one of its entities.
/// </summary>
public sealed class AclVisibility
{
    private readonly HashSet<Guid> _held;

    private AclVisibility(HashSet<Guid> held) => _held = held;

    /// <summary>The read filter of <paramref name="userId"/>, or null when the caller sees every fact sheet.</summary>
    public static AclVisibility? ReadFilter(IWorkspaceView view, Guid userId) =>
        view.Users.Get(userId) is { } user && !IsAdmin(user) && user.AccessControlEntityIds.Count > 0
            ? new AclVisibility([.. user.AccessControlEntityIds])
            : null;

    public bool CanRead(FactSheet fs) => fs.PermittedReadAcl.Count == 0 || fs.PermittedReadAcl.Any(_held.Contains);

    /// <summary>Whether <paramref name="userId"/> (null: the emulator itself) may update <paramref name="fs"/>.</summary>
    public static bool CanWrite(IWorkspaceView view, Guid? userId, FactSheet fs)
    {
        if (fs.PermittedWriteAcl.Count == 0 || userId is not { } id || view.Users.Get(id) is not { } user || IsAdmin(user)) return true;
        return fs.PermittedWriteAcl.Any(user.AccessControlEntityIds.Contains);
    }

    /// <summary>The REST/webhook shape of an ACL: <c>[{"id","name"}]</c> (admin.md §10 AccessControlEntityReference).</summary>
    public static JsonArray References(IWorkspaceView view, IEnumerable<Guid> acl) =>
        new([.. acl.Select(id => (JsonNode?)new JsonObject
        {
            ["id"] = id.ToString("D"), ["name"] = view.Source<AccessControlEntity>().Get(id)?.Name
        })]);

    private static bool IsAdmin(User user) => user.PermissionRole.Equals("ADMIN", StringComparison.OrdinalIgnoreCase);
}
