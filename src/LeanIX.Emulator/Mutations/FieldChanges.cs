using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// FACT_SHEET_FIELD_UPDATED records (D28): one per data-model field whose value differs between the
/// state before the call and after all its patches, with old and new value in the D26 wrapper.
/// Comparing end states gives one event per field even when several patches touch it.
/// </summary>
internal static class FieldChanges
{
    public static List<ChangeRecord> Diff(FactSheet before, FactSheet after, FactSheetTypeDefinition type, string? comment)
    {
        var records = new List<ChangeRecord>();
        void Add(string key, string fieldType, JsonNode? oldValue, JsonNode? newValue)
        {
            if (JsonNode.DeepEquals(oldValue, newValue)) return;
            records.Add(new ChangeRecord
            {
                EventType = EventTypes.FactSheetFieldUpdated,
                EntityType = MutationEntityType.FactSheet,
                EntityId = after.Id,
                FactSheetId = after.Id,
                Path = "/" + key,
                OldValue = FieldValueWrapper.Wrap(fieldType, oldValue),
                NewValue = FieldValueWrapper.Wrap(fieldType, newValue),
                Message = comment
            });
        }

        // name and description live on the entity, but are STRING fields of the data model.
        Add("name", FieldType.String, before.Name, after.Name);
        Add("description", FieldType.String, before.Description, after.Description);
        var keys = type.Fields.Keys.Concat(before.Fields.Keys).Concat(after.Fields.Keys)
            .Where(k => k is not "name" and not "description").Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
            Add(key, type.Field(key)?.Type ?? FieldType.String, before.Field(key), after.Field(key));
        return records;
    }
}
