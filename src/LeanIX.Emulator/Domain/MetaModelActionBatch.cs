namespace LeanIX.Emulator.Domain;

/// <summary>
/// A meta model action batch as it ran (admin.md §7, D62): DONE when all its actions applied, ERROR when one was
/// INVALID and nothing applied. <see cref="ActionsJson"/> is the JSON array of its MetaModelActionData, as answered.
/// </summary>
public sealed class MetaModelActionBatch : IEntity<MetaModelActionBatch>
{
    public Guid Id { get; set; }
    public Guid ActorId { get; set; }
    public required string Status { get; set; }
    public string? Errors { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string ActionsJson { get; set; }

    public MetaModelActionBatch Clone() => (MetaModelActionBatch)MemberwiseClone();
}
