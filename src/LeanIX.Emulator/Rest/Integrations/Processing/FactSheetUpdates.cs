using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// Turns the <c>updates[]</c> of an inboundFactSheet processor into fact sheet patches (admin.md §1.3 field-type table):
/// single-valued fields take the first non-empty value, MULTIPLE_SELECT all of them, <c>lifecycle.&lt;phase&gt;</c> one
/// phase date, <c>&lt;extIdField&gt;.&lt;member&gt;</c> one member of an external id, LOCATION free text. A key whose values
/// all come out null resets the field.
/// </summary>
public static class FactSheetUpdates
{
    private static readonly string[] ExternalIdMembers = ["externalId", "externalUrl", "comment", "status", "externalVersion"];

    public static List<PatchOperation> Build(ProcessorStep step, FactSheetTypeDefinition type, FactSheet? current, out string? name)
    {
        name = null;
        var patches = new List<PatchOperation>();
        var phases = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal); // field → phase → date
        var externalIds = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var update in step.Processor["updates"] as JsonArray ?? [])
        {
            if (update is not JsonObject entry) continue;
            string? key;
            try { key = step.Text(entry["key"]); }
            catch (UnsupportedExpressionException e) { step.ExpressionWarning(e); continue; }
            if (key is null) continue;
            var values = step.Values(entry);
            var texts = values.Where(v => v is not null && v is not IDictionary<string, object?>).Select(ExpressionValues.ToText).ToList();
            var first = values.FirstOrDefault(v => v is not null) is { } f && f is not IDictionary<string, object?> ? ExpressionValues.ToText(f) : null;
            if (key == "name")
            {
                if (!string.IsNullOrEmpty(first)) name = first;
                continue;
            }
            if (key == "description")
            {
                patches.Add(first is null ? new("remove", "/description", null) : new("replace", "/description", first));
                continue;
            }
            var dot = key.IndexOf('.');
            if (dot > 0 && type.Field(key[..dot]) is { } dotted)
            {
                var member = key[(dot + 1)..];
                if (dotted.Type == FieldType.Lifecycle)
                {
                    if (!phases.TryGetValue(dotted.Key, out var ofField)) phases[dotted.Key] = ofField = new Dictionary<string, string?>(StringComparer.Ordinal);
                    ofField[member] = first;
                }
                else if (dotted.Type == FieldType.ExternalId && ExternalIdMembers.Contains(member))
                {
                    if (!externalIds.TryGetValue(dotted.Key, out var ext))
                        externalIds[dotted.Key] = ext = current?.Field(dotted.Key) is JsonObject existing ? (JsonObject)existing.DeepClone() : new JsonObject();
                    ext[member] = first;
                }
                else step.Warn($"Key '{key}' is not a writable member of field '{dotted.Key}'");
                continue;
            }
            if (type.Field(key) is not { } field)
            {
                step.Warn($"Key '{key}' is not a field of {type.Key}");
                continue;
            }
            patches.Add(FieldPatch(field, first, texts, values));
        }
        foreach (var (field, ofField) in phases) patches.Add(LifecyclePatch(field, current, ofField));
        foreach (var (field, ext) in externalIds)
            patches.Add(string.IsNullOrEmpty(ExpressionValues.ToText(ExpressionValues.FromJson(ext["externalId"])))
                ? new("remove", "/" + field, null) : new("replace", "/" + field, ext.ToJsonString()));
        return patches;
    }

    private static PatchOperation FieldPatch(FieldDefinition field, string? first, List<string> texts, List<object?> values)
    {
        var path = "/" + field.Key;
        switch (field.Type)
        {
            case FieldType.MultipleSelect:
                var keys = texts.Where(t => t.Length > 0).Distinct().ToList();
                return keys.Count == 0 ? new("remove", path, null) : new("replace", path, new JsonArray(keys.Select(k => (JsonNode?)k).ToArray()).ToJsonString());
            case FieldType.Location:
                return first is null ? new("remove", path, null) : new("replace", path, new JsonObject { ["rawAddress"] = first }.ToJsonString());
            case FieldType.Lifecycle or FieldType.ExternalId or FieldType.ProjectStatus:
                // A whole object (a map value) replaces the field; text cannot.
                return values.FirstOrDefault(v => v is IDictionary<string, object?>) is { } map
                    ? new("replace", path, ExpressionValues.ToJson(map)!.ToJsonString())
                    : first is null ? new("remove", path, null) : new("replace", path, first);
            default:
                // "" clears a string; a null result resets the field (admin.md §1.3).
                return string.IsNullOrEmpty(first) ? new("remove", path, null) : new("replace", path, first);
        }
    }

    /// <summary>Sets or clears the named phases on top of the fact sheet's current lifecycle (dates <c>yyyy-mm-dd</c>).</summary>
    private static PatchOperation LifecyclePatch(string fieldKey, FactSheet? current, Dictionary<string, string?> phases)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (current?.Field(fieldKey)?["phases"] is JsonArray existing)
            foreach (var phase in existing.OfType<JsonObject>())
                if (JsonInput.AsString(phase["phase"]) is { } p && JsonInput.AsString(phase["startDate"]) is { } d) merged[p] = d;
        foreach (var (phase, date) in phases)
        {
            if (string.IsNullOrEmpty(date)) merged.Remove(phase);
            else merged[phase] = DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;
        }
        var list = new JsonArray(merged.Select(kv => (JsonNode?)new JsonObject { ["phase"] = kv.Key, ["startDate"] = kv.Value }).ToArray());
        return list.Count == 0 ? new("remove", "/" + fieldKey, null) : new("replace", "/" + fieldKey, new JsonObject { ["phases"] = list }.ToJsonString());
    }
}
