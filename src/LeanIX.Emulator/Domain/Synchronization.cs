namespace LeanIX.Emulator.Domain;

/// <summary>
/// One run in the synchronization log (admin.md §2.2). <see cref="Status"/> is null when the client left it out:
/// the run's status is then derived from its items whenever it is read (D46).
/// </summary>
public sealed class Synchronization : IEntity<Synchronization>
{
    public Guid Id { get; set; }
    public string? Name { get; set; }
    public string? Topic { get; set; }
    public string? Trigger { get; set; }

    /// <summary><c>FULL</c> or <c>PARTIAL</c>.</summary>
    public string? Scope { get; set; }

    /// <summary><c>OK</c>, <c>WARNING</c>, <c>ERROR</c>, <c>INFO</c>, or null for "derived from the items" (D46).</summary>
    public string? Status { get; set; }

    /// <summary>One of the D43 progress values.</summary>
    public string? Progress { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long Total { get; set; }
    public long Processed { get; set; }
    public long Warnings { get; set; }
    public long Errors { get; set; }
    public long Actions { get; set; }

    /// <summary>How many items were ever added; numbers new items so equal timestamps keep their order.</summary>
    public long ItemCount { get; set; }

    public Synchronization Clone() => (Synchronization)MemberwiseClone();
}
