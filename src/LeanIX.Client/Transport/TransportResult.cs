namespace LeanIX.Client.Transport;

/// <summary>What an apply did.</summary>
/// <param name="BackupFile">The backup written before the first change (null when there was nothing to change).</param>
/// <param name="Applied">The items carried out.</param>
/// <param name="Failed">The items the target refused or that changed since the plan, with the reason; the others went on.</param>
public sealed record TransportResult(string? BackupFile, IReadOnlyList<TransportItem> Applied, IReadOnlyList<TransportFailure> Failed)
{
    /// <summary>Whether every change was carried out.</summary>
    public bool Succeeded => Failed.Count == 0;
}

/// <summary>An item that was not carried out.</summary>
/// <param name="Item">The item.</param>
/// <param name="Reason">Why.</param>
public sealed record TransportFailure(TransportItem Item, string Reason);

/// <summary>Progress of an apply: <paramref name="Done"/> of <paramref name="Total"/> changes, the last one <paramref name="Key"/>.</summary>
public sealed record TransportProgress(int Done, int Total, string Key, TransportAction Action);
