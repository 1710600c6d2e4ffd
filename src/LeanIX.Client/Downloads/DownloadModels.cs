namespace LeanIX.Client;

/// <summary>What <see cref="DownloadsClient.DownloadResourceAsync"/> did with a document (D68).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Path">The file written, or null for a link document.</param>
/// <param name="Url">A link document's URL, returned without fetching it; null for a file.</param>
public sealed record ResourceDownload(Guid DocumentId, string? Path, string? Url);

/// <summary>A workspace export as <c>GET /exports</c> lists it (admin.md §11.2, RUBY-PF Export).</summary>
/// <param name="Id">The export id.</param>
/// <param name="Type">SNAPSHOT, AUDIT_LOG, ARCHIVE, …</param>
/// <param name="Status">STARTED, COMPLETED, DOWNLOADED, ERROR, DELETED or CANCELED.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="DeleteAt">When its file goes.</param>
/// <param name="DownloadKey">The single-use key, while the file can be downloaded.</param>
/// <param name="DownloadFilename">The file name the service suggests.</param>
public sealed record WorkspaceExport(Guid Id, string Type, string Status, DateTimeOffset? CreatedAt, DateTimeOffset? DeleteAt, string? DownloadKey,
    string? DownloadFilename);

/// <summary>A snapshot written by <see cref="DownloadsClient.DownloadSnapshotAsync"/>.</summary>
/// <param name="Path">The file written.</param>
/// <param name="Export">The export it came from (status as last listed, before the download).</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record SnapshotDownload(string Path, WorkspaceExport Export, long Length);

/// <summary>A survey (poll) of the survey service (admin.md §11.3).</summary>
/// <param name="Id">The poll id.</param>
/// <param name="Title">The title.</param>
/// <param name="Language">The questionnaire's language.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record Survey(Guid Id, string Title, string? Language, DateTimeOffset? CreatedAt);

/// <summary>One run of a survey.</summary>
/// <param name="Id">The run id.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="Status">STARTED, …</param>
/// <param name="StartTime">When it started.</param>
/// <param name="FactSheetsTotal">Fact sheets asked.</param>
/// <param name="FactSheetsCompleted">Fact sheets answered.</param>
public sealed record SurveyRun(Guid Id, Guid SurveyId, string? Status, DateTimeOffset? StartTime, int FactSheetsTotal, int FactSheetsCompleted);

/// <summary>A survey run's results written by <see cref="DownloadsClient.DownloadSurveysAsync"/>.</summary>
/// <param name="Survey">The survey.</param>
/// <param name="Run">The run.</param>
/// <param name="Path">The XLSX file written.</param>
public sealed record SurveyResultsFile(Survey Survey, SurveyRun Run, string Path);

/// <summary>A snapshot export did not complete within the wait the caller allowed (the export itself goes on).</summary>
public sealed class SnapshotTimeoutException(Guid? exportId, string lastStatus, TimeSpan waited)
    : LeanIXRequestFailedException($"The snapshot export {exportId?.ToString("D") ?? "(not listed yet)"} is still {lastStatus} after {waited.TotalSeconds:0} s.",
        "POST /services/pathfinder/v1/exports/fullExport", null, lastStatus)
{
    /// <summary>The export being waited for, if it was listed.</summary>
    public Guid? ExportId { get; } = exportId;
}
