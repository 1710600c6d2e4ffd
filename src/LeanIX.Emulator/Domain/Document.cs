namespace LeanIX.Emulator.Domain;

/// <summary>A document (resource) on a fact sheet (D15).</summary>
public sealed class Document : IEntity<Document>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public required string Name { get; set; }
    public string? Url { get; set; }
    public string? Description { get; set; }
    public string? Origin { get; set; }
    public string? DocumentType { get; set; }
    public string? Metadata { get; set; }
    public string? RefId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Document Clone() => (Document)MemberwiseClone();
}
