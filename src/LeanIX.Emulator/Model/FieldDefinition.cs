namespace LeanIX.Emulator.Model;

/// <summary>One field of a fact sheet type or of a relation, as the data model declares it.</summary>
public sealed record FieldDefinition(string Key, string Type, IReadOnlyList<string> Values, bool Mandatory)
{
    public bool IsSelect => Type is FieldType.SingleSelect or FieldType.MultipleSelect;
}
