using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// RELATION_* payloads (RelationCreatedEvent.json): <c>relationId</c>, <c>relation</c> and
/// <c>fromDetails</c>/<c>toDetails</c>, all from the data-model <c>from</c> end (D28). The relation is
/// rebuilt from the change record's snapshot because a deleted relation is gone from the state.
/// SWITCH adds <c>oldToId</c> and describes the new target in <c>toDetails</c> (D30); DELETED keeps
/// the fixture's <c>status: "ARCHIVED"</c> (D28).
/// </summary>
public static class RelationPayload
{
    public static JsonObject? Build(IWorkspaceView view, ChangeRecord record)
    {
        if (record.NewValue is not JsonObject snapshot) return null;
        var relation = FromSnapshot(snapshot);
        if (relation is null) return null;
        var definition = view.Model.Relations.GetValueOrDefault(relation.DefinitionName);
        var from = view.FactSheets.Get(relation.FromId);
        var to = view.FactSheets.Get(relation.ToId);
        var directional = definition is null || from is null ? null : view.Model.Type(from.Type)?.Relation(definition.From.Name);
        JsonObject relationJson;
        if (directional is not null && from is not null && to is not null)
        {
            relationJson = FactSheetJson.Relation(view, from, directional, relation, to);
            relationJson.Remove("factSheet"); // REST read convenience, not in the event's relation
        }
        else
        {
            relationJson = new JsonObject
            {
                ["id"] = relation.Id.ToString("D"), ["type"] = definition?.From.Name, ["fromId"] = relation.FromId.ToString("D"),
                ["toId"] = relation.ToId.ToString("D"), ["typeFromFS"] = from?.Type, ["typeToFS"] = to?.Type,
                ["displayNameToFS"] = to is null ? null : FactSheetNames.DisplayName(view, to), ["status"] = relation.Status,
                ["fields"] = new JsonArray(), ["naFields"] = new JsonArray(), ["permittedReadACL"] = new JsonArray(),
                ["constrainingRelations"] = new JsonArray()
            };
        }
        if (record.EventType == EventTypes.RelationDeleted) relationJson["status"] = FactSheetStatus.Archived;
        var payload = new JsonObject
        {
            ["relationId"] = relation.Id.ToString("D"),
            ["relation"] = relationJson,
            ["fromDetails"] = Details(view, from, relation.FromId, definition?.From.Name),
            ["toDetails"] = Details(view, to, relation.ToId, definition?.To.Name)
        };
        if (record.EventType == EventTypes.RelationSwitch) payload["oldToId"] = (string?)record.OldValue;
        return payload;
    }

    private static JsonObject Details(IWorkspaceView view, FactSheet? fs, Guid id, string? effectiveRelationName) => new()
    {
        ["factSheetInfos"] = new JsonObject
        {
            ["type"] = fs?.Type,
            ["idAndRev"] = EventPayloads.IdAndRev(view, id),
            ["displayName"] = fs is null ? null : FactSheetNames.DisplayName(view, fs)
        },
        ["effectiveRelationName"] = effectiveRelationName
    };

    /// <summary>The snapshot written by RelationPatches (id, definition, fromId, toId, activeFrom/Until, description, status, fields).</summary>
    private static Relation? FromSnapshot(JsonObject s)
    {
        if (!Guid.TryParse((string?)s["id"], out var id) || !Guid.TryParse((string?)s["fromId"], out var fromId)
            || !Guid.TryParse((string?)s["toId"], out var toId) || (string?)s["definition"] is not { } definition)
            return null;
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (s["fields"] is JsonObject f)
            foreach (var (key, value) in f) fields[key] = value?.DeepClone();
        return new Relation
        {
            Id = id, DefinitionName = definition, FromId = fromId, ToId = toId,
            ActiveFrom = (string?)s["activeFrom"], ActiveUntil = (string?)s["activeUntil"],
            Description = (string?)s["description"], Status = (string?)s["status"] ?? FactSheetStatus.Active,
            Fields = fields
        };
    }
}
