using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// Checks for <c>PUT /models/dataModel</c> beyond what <see cref="DataModel.Parse(System.Text.Json.Nodes.JsonNode?)"/> does.
/// </summary>
public static class DataModelChecks
{
    /// <summary>A model the emulator cannot work with (→ 400), or null when it is consistent.</summary>
    public static string? Invalid(DataModel model)
    {
        if (model.Types.Count == 0) return "The data model defines no fact sheet types.";
        foreach (var relation in model.Relations.Values)
        {
            foreach (var end in new[] { relation.From, relation.To })
                if (!model.Types.ContainsKey(end.FactSheetType))
                    return $"Relation '{relation.InternalName}' refers to the unknown fact sheet type '{end.FactSheetType}'.";
        }
        return null;
    }

    /// <summary>
    /// Why replacing the model would orphan existing data (a type or field still in use), or null.
    /// Without <c>?force=true</c> this is a 409; with it the model is replaced anyway, as the
    /// backup/restore tool that sends <c>force=true</c> expects (datamodel.md §1).
    /// </summary>
    public static string? Conflict(WorkspaceState state, DataModel model)
    {
        foreach (var factSheet in state.FactSheets.All)
        {
            if (!factSheet.IsActive) continue;
            var type = model.Type(factSheet.Type);
            if (type is null)
                return $"Fact sheet type '{factSheet.Type}' is still used by active fact sheets; use force=true to remove it anyway.";
            foreach (var (key, value) in factSheet.Fields)
                if (value is not null && type.Field(key) is null)
                    return $"Field '{key}' of type '{factSheet.Type}' still holds values; use force=true to remove it anyway.";
        }
        return null;
    }
}
