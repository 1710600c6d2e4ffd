namespace LeanIX.Client;

/// <summary>
/// A preload snapshot file that cannot serve this client: another workspace, another data model, another format
/// version, or not a snapshot at all. Delete the file (or pass another path) and preload again.
/// </summary>
public sealed class PreloadSnapshotMismatchException(string path, string reason)
    : InvalidOperationException($"The preload snapshot '{path}' cannot be used: {reason}. Delete it or pass another path to preload afresh.")
{
    /// <summary>The snapshot file.</summary>
    public string Path { get; } = path;
}
