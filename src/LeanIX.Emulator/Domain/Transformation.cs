namespace LeanIX.Emulator.Domain;

/// <summary>
/// A transformation (admin.md §12.5, D67): a planned change of an application within an initiative, completed on a date.
/// </summary>
public sealed class Transformation : IEntity<Transformation>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Type { get; set; }

    /// <summary>The initiative it belongs to.</summary>
    public Guid FactSheetId { get; set; }

    /// <summary>The application it changes, if any.</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    public string? CompletionDate { get; set; }

    /// <summary>PLANNED or EXECUTED.</summary>
    public string Status { get; set; } = "PLANNED";

    public Transformation Clone() => (Transformation)MemberwiseClone();
}
