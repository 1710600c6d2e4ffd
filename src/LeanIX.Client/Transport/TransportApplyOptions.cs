namespace LeanIX.Client.Transport;

/// <summary>How an apply (or restore) runs.</summary>
public sealed record TransportApplyOptions
{
    /// <summary>Where the backup file is written; default <c>leanix-backups</c> in the current directory.</summary>
    public string? BackupDirectory { get; init; }

    /// <summary>Reported after each change.</summary>
    public IProgress<TransportProgress>? Progress { get; init; }
}
