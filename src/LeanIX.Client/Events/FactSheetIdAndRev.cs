namespace LeanIX.Client.Events;

/// <summary>A fact sheet reference with its revision at the time of the event (<c>fsIdAndRev</c>, <c>idAndRev</c>).</summary>
public sealed record FactSheetIdAndRev
{
    /// <summary>The fact sheet id.</summary>
    public Guid Id { get; init; }

    /// <summary>The fact sheet revision after the change.</summary>
    public long Rev { get; init; }
}
