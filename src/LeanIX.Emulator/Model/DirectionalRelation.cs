namespace LeanIX.Emulator.Model;

/// <summary>
/// A relation as seen from one fact sheet type through one directional key
/// (<c>relApplicationToITComponent</c> from Application, <c>relITComponentToApplication</c> from ITComponent).
/// </summary>
public sealed record DirectionalRelation(string Key, RelationDefinition Definition, bool IsFromSide)
{
    /// <summary>The end the queried fact sheet sits on.</summary>
    public RelationEnd Near => IsFromSide ? Definition.From : Definition.To;

    /// <summary>The end the related fact sheet sits on.</summary>
    public RelationEnd Far => IsFromSide ? Definition.To : Definition.From;

    /// <summary>The key the same relation has when seen from the other end.</summary>
    public string InverseKey => Far.Name;
}
