using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A saved view (admin.md §5.2): a saved search (<see cref="BookmarkTypes.Inventory"/>), report, diagram
/// (<see cref="BookmarkTypes.Visualizer"/>) or dashboard. Server-assigned members are null on one you build for
/// <see cref="BookmarksClient.CreateAsync"/>; change a loaded one with a <c>with</c> expression and pass it to
/// <see cref="BookmarksClient.UpdateAsync"/>.
/// </summary>
public sealed record Bookmark
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = "";

    /// <summary>One of <see cref="BookmarkTypes"/> (required).</summary>
    public string Type { get; init; } = BookmarkTypes.Reporting;

    /// <summary>The type-specific state: a diagram's <c>graphXml</c> and <c>viewport</c>, a saved search's filter… (required).</summary>
    public JsonObject State { get; init; } = [];

    /// <summary>The owner; the creator unless an ADMIN names another.</summary>
    public Guid? UserId { get; init; }

    /// <summary>A grouping key such as <c>dataflow</c>.</summary>
    public string? GroupKey { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>PRIVATE, SHARED, PUBLISHED or SYSTEM (D52); derived by the service when not sent.</summary>
    public string? Sharing { get; init; }

    /// <summary>Users who may read it; empty = everyone (admin.md §5.2).</summary>
    public IReadOnlyList<Guid>? PermittedReadUserIds { get; init; }

    /// <summary>Users who may change it; empty = everyone who may write.</summary>
    public IReadOnlyList<Guid>? PermittedWriteUserIds { get; init; }

    /// <summary>Fact sheets a diagram shows (read only).</summary>
    public IReadOnlyList<Guid>? ReferencedFactSheetIds { get; init; }

    /// <summary>Whether the caller may not change it (read only).</summary>
    public bool? Readonly { get; init; }

    /// <summary>How often it was opened (read only).</summary>
    public long? Views { get; init; }

    /// <summary>A workspace-provided bookmark.</summary>
    public bool? Predefined { get; init; }

    /// <summary>Whether OData feeds may read it.</summary>
    public bool? ODataEnabled { get; init; }

    /// <summary>When it was created (read only).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed (read only).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The owner as a user (read only).</summary>
    public BookmarkUser? User { get; init; }
}

/// <summary>The owner of a bookmark.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Email">The e-mail.</param>
/// <param name="DisplayName">First and last name.</param>
public sealed record BookmarkUser(Guid Id, string? Email, string? DisplayName);

/// <summary>The bookmark types (admin.md §5.2).</summary>
public static class BookmarkTypes
{
    /// <summary>A saved inventory search.</summary>
    public const string Inventory = "INVENTORY";

    /// <summary>A report.</summary>
    public const string Reporting = "REPORTING";

    /// <summary>A diagram.</summary>
    public const string Visualizer = "VISUALIZER";

    /// <summary>A dashboard.</summary>
    public const string Dashboard = "DASHBOARD";

    /// <summary>A saved inventory export.</summary>
    public const string InventoryExport = "INVENTORY_EXPORT";

    /// <summary>Every type.</summary>
    public static IReadOnlyList<string> All { get; } = [Inventory, Reporting, Visualizer, Dashboard, InventoryExport];
}
