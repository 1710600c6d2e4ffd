namespace LeanIX.Emulator.Domain;

/// <summary>
/// A workspace export job and its file (admin.md §11.2, D69): STARTED → COMPLETED (a single-use <see cref="DownloadKey"/>)
/// → DOWNLOADED after the one permitted download, or DELETED once <see cref="DeleteAt"/> has passed.
/// </summary>
public sealed class Export : IEntity<Export>
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The job number of <c>jobId = "job:&lt;seq&gt;:&lt;exportId&gt;"</c> (D69).</summary>
    public long Sequence { get; set; }

    public required string Type { get; set; }
    public string Status { get; set; } = "STARTED";
    public required string DownloadFilename { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeleteAt { get; set; }
    public string? DownloadKey { get; set; }
    public int? FactSheetCount { get; set; }

    /// <summary>The XLSX bytes; dropped once downloaded or expired.</summary>
    public byte[]? Content { get; set; }

    public Export Clone() => (Export)MemberwiseClone();
}
