namespace LeanIX.Client;

/// <summary>What a preload or a refresh took (<see cref="LeanIXClient.PreloadAsync"/>, <see cref="LeanIXClient.RefreshAsync"/>).</summary>
/// <param name="FactSheets">Fact sheets in memory afterwards.</param>
/// <param name="Requests">Requests that returned a page.</param>
/// <param name="Bytes">Response bytes of those requests.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record PreloadStatistics(int FactSheets, long Requests, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Whether the fact sheets came from a snapshot file (then brought up to date) rather than the service.</summary>
    public bool FromSnapshot { get; init; }

    /// <summary>Fact sheets read again because they changed (or a fact sheet related to them did) since the last preload or refresh.</summary>
    public int Changed { get; init; }

    /// <summary>Fact sheets dropped because they were archived or deleted since.</summary>
    public int Removed { get; init; }
}
