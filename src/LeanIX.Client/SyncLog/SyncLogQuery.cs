namespace LeanIX.Client.SyncLog;

/// <summary>Filters and order of <see cref="SyncLogClient.List"/> (D44); null members do not filter.</summary>
public sealed record SyncLogQuery
{
    /// <summary>Only runs of this topic.</summary>
    public string? Topic { get; init; }
    /// <summary>Only runs with this trigger.</summary>
    public string? Trigger { get; init; }

    /// <summary>The run status, derived ones included.</summary>
    public string? Status { get; init; }
    /// <summary>Only runs with this progress (D43).</summary>
    public string? Progress { get; init; }

    /// <summary><c>&lt;field&gt;-asc|desc</c> with field createdAt, finishedAt, name, topic, trigger or progress; the service's default is <c>createdAt-desc</c>.</summary>
    public string? Sort { get; init; }

    internal Dictionary<string, string?> ToParameters() => new()
    {
        ["topic"] = Topic, ["trigger"] = Trigger, ["status"] = Status, ["progress"] = Progress, ["sort"] = Sort
    };
}
