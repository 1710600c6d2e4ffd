using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Bookmarks;

/// <summary>The Bookmark shape of admin.md §5.2 (RUBY-PF <c>Bookmark</c>), as the caller sees it.</summary>
public static partial class BookmarkJson
{
    public static JsonObject Bookmark(Bookmark b, IWorkspaceView view, BookmarkAccess access) => new()
    {
        ["id"] = Formats.Id(b.Id),
        ["userId"] = Formats.Id(b.UserId),
        ["name"] = b.Name,
        ["type"] = b.Type,
        ["groupKey"] = b.GroupKey,
        ["description"] = b.Description,
        ["state"] = JsonNode.Parse(b.StateJson),
        ["workingCopy"] = null,
        ["createdAt"] = Formats.Timestamp(b.CreatedAt),
        ["updatedAt"] = Formats.Timestamp(b.UpdatedAt),
        ["i18nKey"] = null,
        ["predefined"] = b.Predefined,
        // admin.md §5.2: readonly = the caller may not change it.
        ["readonly"] = !access.CanWrite(b),
        ["defaultSharingPriority"] = b.DefaultSharingPriority,
        ["user"] = User(view, b.UserId),
        ["permittedReadUserIds"] = Ids(b.PermittedReadUserIds),
        ["permittedWriteUserIds"] = Ids(b.PermittedWriteUserIds),
        ["referencedFactSheetIds"] = Ids(ReferencedFactSheetIds(b)),
        ["views"] = b.Views,
        ["replaySequence"] = b.ReplaySequence,
        ["temporary"] = b.Temporary,
        ["oDataEnabled"] = b.ODataEnabled,
        ["sharing"] = b.Sharing
    };

    /// <summary>D54: what a BOOKMARK_* event carries of the bookmark.</summary>
    public static JsonObject EventSnapshot(Bookmark b) => new()
    {
        ["id"] = Formats.Id(b.Id), ["name"] = b.Name, ["type"] = b.Type, ["userId"] = Formats.Id(b.UserId)
    };

    /// <summary>admin.md §5.2 [I]: only diagrams reference fact sheets, through <c>factSheetId="…"</c> attributes of their graphXml.</summary>
    public static IEnumerable<Guid> ReferencedFactSheetIds(Bookmark b)
    {
        if (b.Type != BookmarkTypes.Visualizer) return [];
        var xml = (JsonNode.Parse(b.StateJson) as JsonObject)?["graphXml"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (xml is null) return [];
        return FactSheetIdAttribute().Matches(xml).Select(m => Guid.TryParse(m.Groups[1].Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
    }

    private static JsonObject? User(IWorkspaceView view, Guid id) => view.Users.Get(id) is { } u
        ? new JsonObject
        {
            ["id"] = Formats.Id(u.Id), ["userName"] = u.UserName, ["email"] = u.Email,
            ["firstName"] = u.FirstName, ["lastName"] = u.LastName, ["displayName"] = u.DisplayName
        }
        : null;

    private static JsonArray Ids(IEnumerable<Guid> ids) => new(ids.Select(id => (JsonNode?)Formats.Id(id)).ToArray());

    [GeneratedRegex("""factSheetId=(?:"|&quot;)([0-9a-fA-F-]{36})(?:"|&quot;)""")]
    private static partial Regex FactSheetIdAttribute();
}
