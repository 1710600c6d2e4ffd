namespace LeanIX.Emulator.Rest.Bookmarks;

/// <summary>admin.md §5.2: the bookmark types and sharing values (D52).</summary>
public static class BookmarkTypes
{
    public const string Visualizer = "VISUALIZER";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "INVENTORY", "REPORTING", Visualizer, "DASHBOARD", "INVENTORY_EXPORT"
    };

    public static readonly IReadOnlySet<string> Sharing = new HashSet<string>(StringComparer.Ordinal) { "PRIVATE", "SHARED", "PUBLISHED", "SYSTEM" };
}
