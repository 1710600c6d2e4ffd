namespace LeanIX.Client.Wire;

/// <summary><c>GET /models/dataModel</c>'s <c>data</c> (datamodel.md §2, D23).</summary>
internal sealed record DataModelWire(Dictionary<string, FactSheetTypeWire?>? FactSheets, Dictionary<string, RelationWire?>? Relations);

/// <summary>A fact sheet type of the data model.</summary>
internal sealed record FactSheetTypeWire(Dictionary<string, FieldWire?>? Fields);

/// <summary>A field of a type or a relation.</summary>
internal sealed record FieldWire(string? Type, List<string>? Values, bool? Mandatory);

/// <summary>A relation with its two directional ends.</summary>
internal sealed record RelationWire(RelationEndWire? From, RelationEndWire? To, Dictionary<string, FieldWire?>? Fields);

/// <summary>One end of a relation: the type it starts from and its directional key.</summary>
internal sealed record RelationEndWire(string? FactSheetType, string? Name, string? Multiplicity);
