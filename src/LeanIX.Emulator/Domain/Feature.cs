namespace LeanIX.Emulator.Domain;

/// <summary>
/// A workspace feature switched on or off (admin.md §6, D55), stored once it differs from the built-in catalogue or was
/// created by <c>POST /features/{id}</c>. <see cref="Id"/> derives from <see cref="Key"/>, the dotted feature id.
/// </summary>
public sealed class Feature : IEntity<Feature>
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public string? Name { get; set; }
    public string Type { get; set; } = "FUNCTIONAL";
    public string? Description { get; set; }
    public string Status { get; set; } = "ENABLED";
    public string Group { get; set; } = "PRODUCTIVE";
    public int? Quota { get; set; }
    public List<string> Roles { get; set; } = [];
    public bool Customized { get; set; }

    public Feature Clone()
    {
        var copy = (Feature)MemberwiseClone();
        copy.Roles = [.. Roles];
        return copy;
    }
}
