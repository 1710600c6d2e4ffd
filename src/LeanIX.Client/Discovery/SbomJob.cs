namespace LeanIX.Client.Discovery;

/// <summary>An SBOM ingest job (admin.md §12.3): SCHEDULED → IN_PROGRESS → SUCCEEDED or FAILED; kept for 48 hours.</summary>
public sealed record SbomJob
{
    /// <summary>The job id (<c>jobId</c> in the upload's answer, <c>id</c> when polled).</summary>
    public Guid Id { get; init; }

    /// <summary>The workspace.</summary>
    public Guid? WorkspaceId { get; init; }

    /// <summary>SCHEDULED, IN_PROGRESS, SUCCEEDED or FAILED.</summary>
    public string Status { get; init; } = "";

    /// <summary>Why it failed.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When processing is planned to start.</summary>
    public DateTimeOffset? PlannedExecutionAt { get; init; }

    /// <summary>When its status last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Whether it has ended (SUCCEEDED or FAILED).</summary>
    public bool IsFinished => Status is SbomJobStatus.Succeeded or SbomJobStatus.Failed;
}

/// <summary>SBOM job states (admin.md §12.3).</summary>
public static class SbomJobStatus
{
    /// <summary>Waiting to run.</summary>
    public const string Scheduled = "SCHEDULED";

    /// <summary>Running.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>Done.</summary>
    public const string Succeeded = "SUCCEEDED";

    /// <summary>Failed; see <see cref="SbomJob.ErrorMessage"/>.</summary>
    public const string Failed = "FAILED";
}

/// <summary>What a manifest ingest did (D64).</summary>
/// <param name="FactSheetId">The microservice fact sheet.</param>
/// <param name="Created">Whether it was created (else updated).</param>
/// <param name="Type">Its fact sheet type (Microservice, or Application where the data model has no Microservice type).</param>
public sealed record ManifestIngestResult(Guid FactSheetId, bool Created, string? Type);
