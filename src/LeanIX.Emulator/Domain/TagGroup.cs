namespace LeanIX.Emulator.Domain;

/// <summary>A tag group; <see cref="Mode"/> is <c>SINGLE</c> or <c>MULTIPLE</c> (D13).</summary>
public sealed class TagGroup : IEntity<TagGroup>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public string? Description { get; set; }
    public string Mode { get; set; } = "MULTIPLE";
    public bool Mandatory { get; set; }
    public List<string> RestrictToFactSheetTypes { get; set; } = [];
    public List<string> MandatoryForFactSheetTypes { get; set; } = [];

    public TagGroup Clone() => new()
    {
        Id = Id, Name = Name, ShortName = ShortName, Description = Description, Mode = Mode, Mandatory = Mandatory,
        RestrictToFactSheetTypes = [.. RestrictToFactSheetTypes], MandatoryForFactSheetTypes = [.. MandatoryForFactSheetTypes]
    };
}
