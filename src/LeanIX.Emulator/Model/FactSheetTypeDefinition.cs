namespace LeanIX.Emulator.Model;

/// <summary>A fact sheet type of the data model with its fields and its directional relation keys.</summary>
public sealed record FactSheetTypeDefinition(
    string Key,
    IReadOnlyDictionary<string, FieldDefinition> Fields,
    IReadOnlyDictionary<string, DirectionalRelation> Relations)
{
    public FieldDefinition? Field(string key) => Fields.TryGetValue(key, out var f) ? f : null;

    public DirectionalRelation? Relation(string key) => Relations.TryGetValue(key, out var r) ? r : null;
}
