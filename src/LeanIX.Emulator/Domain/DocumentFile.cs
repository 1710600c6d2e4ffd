namespace LeanIX.Emulator.Domain;

/// <summary>
/// The file content of a document uploaded through <c>/graphql/upload</c> (admin.md §11.1); its id is the document's.
/// Link documents have none (D68).
/// </summary>
public sealed class DocumentFile : IEntity<DocumentFile>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public byte[] Content { get; set; } = [];

    public DocumentFile Clone() => (DocumentFile)MemberwiseClone();
}
