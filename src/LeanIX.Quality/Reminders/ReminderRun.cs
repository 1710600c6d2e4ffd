namespace LeanIX.Quality.Reminders;

/// <summary>What a reminder run did.</summary>
/// <param name="Digests">Every digest composed (one per responsible user with gaps).</param>
/// <param name="Sent">The users mailed (or, in a dry run, written).</param>
/// <param name="Throttled">The users skipped because they had a mail within the throttle period.</param>
/// <param name="Destinations">Where each mail went (SMTP recipient or .eml path).</param>
/// <param name="Todos">The to-do sync, when on.</param>
public sealed record ReminderRun(IReadOnlyList<ReminderDigest> Digests, IReadOnlyList<string> Sent, IReadOnlyList<string> Throttled,
    IReadOnlyList<string> Destinations, TodoSyncResult? Todos);

/// <summary>What the to-do sync did.</summary>
/// <param name="Created">To-dos created (new gaps, or changed ones recreated).</param>
/// <param name="Kept">To-dos already in step.</param>
/// <param name="Closed">To-dos closed because their gap is gone.</param>
public sealed record TodoSyncResult(int Created, int Kept, int Closed);
