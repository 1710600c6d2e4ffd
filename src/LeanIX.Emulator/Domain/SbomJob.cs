namespace LeanIX.Emulator.Domain;

/// <summary>
/// An SBOM ingest job (admin.md §12.3, D64). The file is stored, not analysed; the job's status follows from the clock
/// (SCHEDULED until <see cref="PlannedExecutionAt"/>, then IN_PROGRESS until <see cref="FinishesAt"/>, then SUCCEEDED, or
/// FAILED when the file is not JSON), so no background work is needed.
/// </summary>
public sealed class SbomJob : IEntity<SbomJob>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public required string FileName { get; set; }
    public required string Content { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset PlannedExecutionAt { get; set; }
    public DateTimeOffset FinishesAt { get; set; }

    public SbomJob Clone() => (SbomJob)MemberwiseClone();
}
