using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest.Bookmarks;

/// <summary>
/// D52: access uses only the owner, ADMIN and the permitted user lists; an empty list is unrestricted
/// (LXP migrateBookmarks). D66: a VIEWER changes nothing.
/// </summary>
public sealed class BookmarkAccess(RequestPrincipal principal)
{
    public Guid UserId => principal.UserId;

    public bool IsAdmin => string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.OrdinalIgnoreCase);

    public bool IsViewer => string.Equals(principal.WorkspaceRole, "VIEWER", StringComparison.OrdinalIgnoreCase);

    public bool CanRead(Bookmark b) =>
        IsAdmin || b.UserId == UserId || b.PermittedReadUserIds.Count == 0
        || b.PermittedReadUserIds.Contains(UserId) || b.PermittedWriteUserIds.Contains(UserId);

    public bool CanWrite(Bookmark b) =>
        !IsViewer && (IsAdmin || b.UserId == UserId || (b.PermittedWriteUserIds.Count == 0 ? !b.Predefined : b.PermittedWriteUserIds.Contains(UserId)));
}
