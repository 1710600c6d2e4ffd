using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>The model-driven types of one schema, built once and handed to every area.</summary>
public sealed record SchemaParts(InputTypes Inputs, ValueTypes Values, FactSheetTypes FactSheets, EntityTypes Entities);
