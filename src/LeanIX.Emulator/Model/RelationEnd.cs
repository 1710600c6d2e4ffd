namespace LeanIX.Emulator.Model;

/// <summary>One end of a relation definition: <c>from</c> or <c>to</c> in the data model.</summary>
public sealed record RelationEnd(string FactSheetType, string Name, string Multiplicity, bool Mandatory)
{
    public bool IsSingle => string.Equals(Multiplicity, "SINGLE", StringComparison.OrdinalIgnoreCase);
}
