namespace LeanIX.Client.Events;

/// <summary>
/// A lightweight event that names its fact sheet by <c>fsIdAndRev</c> and <c>fsType</c> instead of embedding it
/// (webhooks.md §7: archived, recovered, deleted, field updated, tag, subscription, document and comment events).
/// </summary>
public abstract record FactSheetReferenceEvent : LeanIXEvent
{
    /// <summary>The fact sheet and its revision after the change.</summary>
    public FactSheetIdAndRev? FsIdAndRev { get; init; }

    /// <summary>The fact sheet type, e.g. <c>Application</c>.</summary>
    public string? FsType { get; init; }
}
