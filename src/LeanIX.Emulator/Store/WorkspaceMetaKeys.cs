namespace LeanIX.Emulator.Store;

/// <summary>Keys of the per-workspace settings kept next to the data in SQLite.</summary>
internal static class WorkspaceMetaKeys
{
    public const string DataModel = "dataModel";
    public const string Seeded = "seeded";

    /// <summary>The meta model layout once an action batch stored one (admin.md §7, D62).</summary>
    public const string MetaModelLayout = "metaModelLayout";
}
