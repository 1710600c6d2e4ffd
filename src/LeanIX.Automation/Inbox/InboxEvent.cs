namespace LeanIX.Automation.Inbox;

/// <summary>An event in the inbox.</summary>
/// <param name="Sequence">Its position in the inbox (increasing in arrival order).</param>
/// <param name="DedupKey">The event id, or a hash of the body.</param>
/// <param name="EventType">The payload <c>type</c>.</param>
/// <param name="FactSheetId">The fact sheet it is about, or null.</param>
/// <param name="Body">The payload JSON.</param>
/// <param name="Source">push, pull or initial-sync.</param>
/// <param name="State">Pending, in flight, done or dead.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="LastError">The last failure, or null.</param>
/// <param name="ReceivedAt">When intake stored it.</param>
public sealed record InboxEvent(long Sequence, string DedupKey, string? EventType, Guid? FactSheetId, string Body, string Source,
    InboxState State, int Attempts, string? LastError, DateTimeOffset ReceivedAt);

/// <summary>Where an event is in its life.</summary>
public enum InboxState
{
    /// <summary>Waiting for a worker (possibly for its retry time).</summary>
    Pending,
    /// <summary>Claimed by a worker under a lease.</summary>
    InFlight,
    /// <summary>Every matching automation applied it.</summary>
    Done,
    /// <summary>Failed too often; waits for a replay.</summary>
    Dead
}

/// <summary>What the menu shows about the inbox.</summary>
/// <param name="Pending">Waiting for a worker.</param>
/// <param name="InFlight">Claimed right now.</param>
/// <param name="DeadLetters">Failed too often.</param>
/// <param name="Done">Processed.</param>
public sealed record InboxCounts(long Pending, long InFlight, long DeadLetters, long Done);
