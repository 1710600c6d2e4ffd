using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Turns patch input into the wire form stored in <see cref="FactSheet.Fields"/> and
/// <see cref="Relation.Fields"/> (D10, D20, D22): STRING → string, SINGLE_SELECT → key,
/// MULTIPLE_SELECT → array of keys, INTEGER → long, DOUBLE → double, LIFECYCLE →
/// <c>{"phases":[…]}</c>, EXTERNAL_ID → <c>{"type":"ExternalId",…}</c>, LOCATION → geocoded object.
/// </summary>
internal static class FieldValues
{
    /// <summary>A fact-sheet field from a patch's string value (D20). Returns null to clear the field.</summary>
    public static JsonNode? FromPatch(FieldDefinition field, string? value, string entityType, Guid? objectId, string path)
    {
        if (MutationGuards.IsEmpty(value)) return null;
        var text = value!;
        switch (field.Type)
        {
            case FieldType.String:
                return JsonValue.Create(text);
            case FieldType.SingleSelect:
                return JsonValue.Create(CheckKey(field, text.Trim(), entityType, objectId, path));
            case FieldType.MultipleSelect:
                // D20: a bare key is accepted as a one-element list.
                var trimmed = text.Trim();
                var keys = trimmed.StartsWith('[')
                    ? JsonInput.ParseArray(trimmed, entityType, objectId, path).Select(n => n?.DeepClone()).ToList()
                    : [JsonValue.Create(trimmed)];
                return MultiSelect(field, keys, entityType, objectId, path);
            case FieldType.Integer:
                if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
                throw NotANumber(field, text, entityType, objectId, path);
            case FieldType.Double:
                if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                    return JsonValue.Create(d);
                throw NotANumber(field, text, entityType, objectId, path);
            case FieldType.Lifecycle:
                return Lifecycle(field, JsonInput.Parse(text, entityType, objectId, path), entityType, objectId, path);
            case FieldType.ExternalId:
                return ExternalId(JsonInput.ParseObject(text, entityType, objectId, path), entityType, objectId, path);
            case FieldType.Location:
                return Location(JsonInput.ParseObject(text, entityType, objectId, path), entityType, objectId, path);
            default:
                // PROJECT_STATUS and other special types: keep JSON content as given, plain text as a string.
                try { return JsonNode.Parse(text); }
                catch (JsonException) { return JsonValue.Create(text); }
        }
    }

    /// <summary>A relation field from the typed JSON of a relation patch (D22, D25). Returns null to clear it.</summary>
    public static JsonNode? FromRelationJson(FieldDefinition field, JsonNode? node, string entityType, Guid? objectId, string path)
    {
        if (node is null) return null;
        switch (field.Type)
        {
            case FieldType.String:
                return JsonValue.Create(JsonInput.AsString(node) ?? throw WrongType(field, node, "a string", entityType, objectId, path));
            case FieldType.SingleSelect:
                var key = JsonInput.AsString(node) ?? throw WrongType(field, node, "a value key", entityType, objectId, path);
                return JsonValue.Create(CheckKey(field, key, entityType, objectId, path));
            case FieldType.MultipleSelect:
                // D25: a bare string is accepted as a one-element array.
                List<JsonNode?> keys = node is JsonArray arr ? arr.Select(n => n?.DeepClone()).ToList() : [node.DeepClone()];
                return MultiSelect(field, keys, entityType, objectId, path);
            case FieldType.Integer:
            case FieldType.Double:
                // D22: numbers are unquoted JSON numbers; numeric text is tolerated as well.
                var raw = node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : JsonInput.AsString(node);
                if (raw is null) throw WrongType(field, node, "a number", entityType, objectId, path);
                return FromPatch(field, raw, entityType, objectId, path);
            default:
                return FromPatch(field, node is JsonValue sv && JsonInput.AsString(sv) is { } s ? s : node.ToJsonString(), entityType, objectId, path);
        }
    }

    private static JsonArray MultiSelect(FieldDefinition field, List<JsonNode?> items, string entityType, Guid? objectId, string path)
    {
        var result = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = JsonInput.AsString(item) ?? throw WrongType(field, item, "an array of value keys", entityType, objectId, path);
            if (seen.Add(CheckKey(field, key, entityType, objectId, path))) result.Add(key);
        }
        return result;
    }

    private static string CheckKey(FieldDefinition field, string key, string entityType, Guid? objectId, string path)
    {
        if (!field.Values.Contains(key, StringComparer.Ordinal))
            throw MutationException.InvalidValue(entityType, objectId, path, key, field.Key);
        return key;
    }

    /// <summary>D11/D20: the whole phase list is replaced; phases are kept sorted by startDate.</summary>
    private static JsonNode? Lifecycle(FieldDefinition field, JsonNode? node, string entityType, Guid? objectId, string path)
    {
        var phasesNode = node switch
        {
            JsonObject o => o["phases"],
            JsonArray a => a,
            _ => throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' must be {{\"phases\":[…]}}.")
        };
        if (phasesNode is null) return null;
        if (phasesNode is not JsonArray phases)
            throw MutationException.ModelCompliant(entityType, objectId, path, $"'phases' of '{path}' must be an array.");
        var parsed = new List<(string Phase, string StartDate)>();
        foreach (var item in phases)
        {
            if (item is not JsonObject p || JsonInput.AsString(p["phase"]) is not { } phase)
                throw MutationException.ModelCompliant(entityType, objectId, path, $"Each phase of '{path}' needs a 'phase' key.");
            CheckKey(field, phase, entityType, objectId, path);
            var start = JsonInput.ParseDate(p["startDate"], "startDate", entityType, objectId, path)
                ?? throw MutationException.ModelCompliant(entityType, objectId, path, $"Phase '{phase}' of '{path}' needs a startDate.");
            if (parsed.Any(x => x.Phase == phase))
                throw MutationException.ModelCompliant(entityType, objectId, path, $"Phase '{phase}' appears twice in '{path}'.");
            parsed.Add((phase, start));
        }
        if (parsed.Count == 0) return null;
        var sorted = new JsonArray();
        foreach (var (phase, start) in parsed.OrderBy(x => x.StartDate, StringComparer.Ordinal))
            sorted.Add(new JsonObject { ["phase"] = phase, ["startDate"] = start });
        return new JsonObject { ["phases"] = sorted };
    }

    /// <summary>
    /// D20/D26/D91: stored with every member of the webhook shape plus every other member sent
    /// (<c>externalVersion</c>, <c>forceWrite</c>); <c>status</c> is ACTIVE only when absent. <c>type</c> is optional on input.
    /// </summary>
    private static JsonObject ExternalId(JsonObject input, string entityType, Guid? objectId, string path)
    {
        var id = JsonInput.AsString(input["externalId"]);
        if (string.IsNullOrWhiteSpace(id))
            throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' needs a non-empty 'externalId'.");
        var status = input["status"];
        var result = new JsonObject
        {
            ["type"] = "ExternalId",
            ["externalId"] = id,
            ["externalUrl"] = JsonInput.AsString(input["externalUrl"]),
            ["comment"] = JsonInput.AsString(input["comment"]),
            ["status"] = status is null ? "ACTIVE" : status.DeepClone()
        };
        foreach (var (key, value) in input)
            if (!result.ContainsKey(key)) result[key] = value?.DeepClone();
        return result;
    }

    /// <summary>D20: <c>rawAddress</c> is kept and geocoded offline; unknown places keep null geo members.</summary>
    private static JsonObject Location(JsonObject input, string entityType, Guid? objectId, string path)
    {
        var raw = JsonInput.AsString(input["rawAddress"]);
        if (string.IsNullOrWhiteSpace(raw))
            throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' needs a non-empty 'rawAddress'.");
        return OfflineGeocoder.Geocode(raw);
    }

    private static MutationException NotANumber(FieldDefinition field, string text, string entityType, Guid? objectId, string path) =>
        MutationException.ModelCompliant(entityType, objectId, path,
            $"[FS_VALIDATION_INVALID_VALUE] Value '{text}' is not a valid {field.Type.ToLowerInvariant()} for field '{field.Key}'");

    private static MutationException WrongType(FieldDefinition field, JsonNode? node, string expected, string entityType, Guid? objectId, string path) =>
        MutationException.ModelCompliant(entityType, objectId, path,
            $"[FS_VALIDATION_INVALID_VALUE] Value '{node?.ToJsonString() ?? "null"}' is not allowed for field '{field.Key}': expected {expected}");
}
