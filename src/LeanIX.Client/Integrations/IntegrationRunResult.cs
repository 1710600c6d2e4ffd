using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>The states of a synchronization run (IAPI-SPEC <c>StatusResponse</c>, admin.md §1.5).</summary>
public static class IntegrationRunStatus
{
    /// <summary>Created, not started.</summary>
    public const string Created = "CREATED";
    /// <summary>Started, waiting to be processed.</summary>
    public const string Pending = "PENDING";
    /// <summary>Being processed.</summary>
    public const string InProgress = "IN_PROGRESS";
    /// <summary>Done (warnings and per-item errors are in the run's warnings).</summary>
    public const string Finished = "FINISHED";
    /// <summary>Stopped on request.</summary>
    public const string Stopped = "STOPPED";
    /// <summary>The run as a whole failed.</summary>
    public const string Failed = "FAILED";

    /// <summary>True for the states a run does not leave.</summary>
    public static bool IsEnded(string? status) => status is Finished or Stopped or Failed;
}

/// <summary>One warning or error of a run (IAPI-SPEC <c>Warning</c>).</summary>
/// <param name="ProcessorName">The processor that reported it, if any.</param>
/// <param name="ProcessorIndex">Its position in the configuration.</param>
/// <param name="ContentId">The LDIF content item it concerns, if any.</param>
/// <param name="Message">What happened.</param>
/// <param name="Detail">More detail, when the service gives it.</param>
/// <param name="Category">e.g. <c>EXPRESSION</c>, <c>PROCESSING</c>, <c>VALIDATION</c>.</param>
/// <param name="IsError">True for <c>status: ERROR</c>, false for a warning.</param>
public sealed record IntegrationRunWarning(string? ProcessorName, int? ProcessorIndex, string? ContentId, string Message, string? Detail,
    string? Category, bool IsError);

/// <summary>Counters of a run (D39 <c>/stats</c>).</summary>
public sealed record IntegrationRunStatistics(int ProcessedContentCount, int ProcessorCount, TimeSpan? Duration, int CreatedCount,
    int UpdatedCount, int DeletedCount, int WarningCount, int ErrorCount);

/// <summary>
/// What <see cref="IntegrationsClient.RunAsync(Ldif, bool, bool, TimeSpan?, CancellationToken)"/> returns: the run's id and state, its
/// warnings, its statistics and, for an outbound run, the result LDIF.
/// </summary>
public sealed record IntegrationRunResult
{
    /// <summary>The synchronization run id.</summary>
    public required Guid RunId { get; init; }

    /// <summary>The state when the call returned (<see cref="IntegrationRunStatus"/>); without waiting usually PENDING.</summary>
    public required string Status { get; init; }

    /// <summary>The service's description of the state (a failure's reason).</summary>
    public string? Description { get; init; }

    /// <summary>All warnings and errors of the run (empty when not waited for).</summary>
    public IReadOnlyList<IntegrationRunWarning> Warnings { get; init; } = [];

    /// <summary>The errors among <see cref="Warnings"/>.</summary>
    public IEnumerable<IntegrationRunWarning> Errors => Warnings.Where(w => w.IsError);

    /// <summary>The run's counters, when the service reports them.</summary>
    public IntegrationRunStatistics? Statistics { get; init; }

    /// <summary>The result LDIF (outbound runs, or inbound with <c>writeToLdif</c>); null when there is none.</summary>
    public Ldif? Results { get; init; }

    /// <summary>The raw result LDIF JSON, for members <see cref="Ldif"/> does not model.</summary>
    public JsonObject? ResultsJson { get; init; }
}
