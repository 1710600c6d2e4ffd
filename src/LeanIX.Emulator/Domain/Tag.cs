namespace LeanIX.Emulator.Domain;

/// <summary>A tag; <see cref="TagGroupId"/> is null for an ungrouped ("Other tags") tag (D13).</summary>
public sealed class Tag : IEntity<Tag>
{
    public const string DefaultColor = "#d3d3d3";

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string Color { get; set; } = DefaultColor;
    public string Status { get; set; } = FactSheetStatus.Active;
    public Guid? TagGroupId { get; set; }

    public Tag Clone() => (Tag)MemberwiseClone();
}
