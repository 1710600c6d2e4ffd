namespace LeanIX.Client;

/// <summary>
/// A relation as seen from one fact sheet type through its directional key
/// (<c>relApplicationToITComponent</c> from Application). <see cref="InverseKey"/> is the key from the other end.
/// </summary>
/// <param name="Key">The directional relation key.</param>
/// <param name="FactSheetType">The type this key is used from.</param>
/// <param name="TargetType">The type at the other end.</param>
/// <param name="InverseKey">The key of the same relation from the other end.</param>
/// <param name="Multiplicity">SINGLE or MULTI on this end (D23).</param>
/// <param name="IsFromSide">Whether this end is the data model's <c>from</c> end.</param>
/// <param name="Fields">Relation fields beyond activeFrom/activeUntil/description.</param>
public sealed record RelationModel(string Key, string FactSheetType, string TargetType, string InverseKey, string Multiplicity,
    bool IsFromSide, IReadOnlyDictionary<string, FieldModel> Fields);
