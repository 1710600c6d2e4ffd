using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>The model-driven types of one schema, built once and handed to every area.</summary>
public sealed record SchemaParts(InputTypes Inputs, ValueTypes Values, FactSheetTypes FactSheets, EntityTypes Entities)
{
    /// <summary>The data model the schema is built from (D90: the <c>RelationName</c> enum lists its relation keys).</summary>
    public DataModel? Model { get; init; }
}
