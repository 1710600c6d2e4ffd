namespace LeanIX.Emulator.Store;

/// <summary>Keys of the per-workspace settings kept next to the data in SQLite.</summary>
internal static class WorkspaceMetaKeys
{
    public const string DataModel = "dataModel";
    public const string Seeded = "seeded";
}
