namespace LeanIX.Emulator.Model;

/// <summary>
/// A relation of the data model, keyed by its internal name (<c>applicationITComponentRelation</c>).
/// The two directional keys live in <see cref="From"/>.Name and <see cref="To"/>.Name (decisions.md D23).
/// </summary>
public sealed record RelationDefinition(
    string InternalName,
    RelationEnd From,
    RelationEnd To,
    IReadOnlyDictionary<string, FieldDefinition> Fields);
