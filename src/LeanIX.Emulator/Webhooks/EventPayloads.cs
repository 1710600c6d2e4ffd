using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// Turns one committed <see cref="ChangeRecord"/> into the DEFAULT-mode payload of its pathfinder
/// event, with the member names of fixtures/events (webhooks.md §7). Runs inside the commit, under
/// the workspace lock, so <paramref name="view"/> is the state right after the request (D28):
/// <c>fsIdAndRev.rev</c> is the fact sheet's rev after the request.
/// Kinds without a documented payload (TAG_*, TAG_GROUP_*) give null and are not emitted.
/// </summary>
public static class EventPayloads
{
    public static JsonObject? Build(IWorkspaceView view, ChangeRecord record, IReadOnlyList<ChangeRecord> batch, long id)
    {
        var specific = record.EventType switch
        {
            EventTypes.FactSheetCreated => FullFactSheet(view, record, created: true),
            EventTypes.FactSheetUpdated => FullFactSheet(view, record, created: false),
            EventTypes.FactSheetFieldUpdated => FieldUpdated(view, record),
            EventTypes.FactSheetArchived => Archived(view, record, batch),
            EventTypes.FactSheetRecovered => WithFactSheetRef(view, record.FactSheetId, new JsonObject { ["comment"] = record.Message }),
            EventTypes.FactSheetTagAdded or EventTypes.FactSheetTagRemoved => TagChange(view, record),
            EventTypes.RelationCreated or EventTypes.RelationUpdated or EventTypes.RelationSwitch
                or EventTypes.RelationArchived or EventTypes.RelationDeleted => RelationPayload.Build(view, record),
            EventTypes.SubscriptionCreated or EventTypes.SubscriptionUpdated or EventTypes.SubscriptionDeleted => Subscription(view, record),
            EventTypes.DocumentCreated or EventTypes.DocumentUpdated or EventTypes.DocumentDeleted => Document(view, record),
            // D92: lightweight events, like the other fact sheet events without a fixture of their own.
            EventTypes.QualitySealApproved or EventTypes.QualitySealBroken => WithFactSheetRef(view, record.FactSheetId, new JsonObject()),
            // D66: the lists after the change.
            EventTypes.FactSheetAccessControlListUpdated => WithFactSheetRef(view, record.FactSheetId, record.NewValue?.DeepClone() as JsonObject ?? new JsonObject()),
            _ when LeanIX.Emulator.Domain.Integrations.IntegrationEventTypes.IsRunEvent(record.EventType) => record.NewValue?.DeepClone() as JsonObject,
            // D54: the bookmark snapshot the change record carries.
            EventTypes.BookmarkCreated or EventTypes.BookmarkUpdated or EventTypes.BookmarkDeleted =>
                new JsonObject { ["bookmark"] = (record.NewValue ?? record.OldValue)?.DeepClone() },
            _ => null
        };
        if (specific is null) return null;
        // Common members first (webhooks.md §7 "Common fields of pathfinder events").
        var payload = new JsonObject
        {
            ["id"] = id,
            ["type"] = EventTags.ClassName(record.EventType),
            ["userId"] = record.UserId?.ToString("D"),
            ["workspaceId"] = view.Workspace.Id.ToString("D"),
            ["createdAt"] = Formats.Timestamp(record.CreatedAt),
            ["transactionSequenceNumber"] = record.TransactionSequence
        };
        foreach (var (key, value) in specific.ToList())
        {
            specific.Remove(key);
            payload[key] = value;
        }
        return payload;
    }

    /// <summary>D29: the REST-shaped fact sheet; <c>clonedFactSheet</c> only on CREATED.</summary>
    private static JsonObject? FullFactSheet(IWorkspaceView view, ChangeRecord record, bool created)
    {
        if (record.FactSheetId is not { } fsId || view.FactSheets.Get(fsId) is not { } fs) return null;
        var json = FactSheetJson.FactSheet(view, fs, []);
        json.Remove("permissions"); // a REST read member, not part of the event's fact sheet
        var payload = new JsonObject { ["factSheet"] = json };
        if (created) payload["clonedFactSheet"] = false;
        return payload;
    }

    private static JsonObject FieldUpdated(IWorkspaceView view, ChangeRecord record) =>
        WithFactSheetRef(view, record.FactSheetId, new JsonObject
        {
            ["path"] = record.Path,
            ["oldValue"] = record.OldValue?.DeepClone(),
            ["newValue"] = record.NewValue?.DeepClone()
        });

    /// <summary>
    /// <c>affectedFactSheetIdAndRev</c>: the archived fact sheet and the other end of each relation the
    /// same request archived with it (as FactSheetArchivedEvent.json lists the related ITComponent).
    /// </summary>
    private static JsonObject Archived(IWorkspaceView view, ChangeRecord record, IReadOnlyList<ChangeRecord> batch)
    {
        var fsId = record.FactSheetId ?? record.EntityId;
        var affected = new List<Guid> { fsId };
        foreach (var r in batch.Where(r => r.EventType == EventTypes.RelationArchived && r.NewValue is JsonObject))
        {
            var from = Guid.TryParse((string?)r.NewValue!["fromId"], out var f) ? f : Guid.Empty;
            var to = Guid.TryParse((string?)r.NewValue!["toId"], out var t) ? t : Guid.Empty;
            if (from == fsId && !affected.Contains(to)) affected.Add(to);
            else if (to == fsId && !affected.Contains(from)) affected.Add(from);
        }
        return WithFactSheetRef(view, fsId, new JsonObject
        {
            ["comment"] = record.Message,
            ["affectedFactSheetIdAndRev"] = new JsonArray(affected.Select(id => (JsonNode?)IdAndRev(view, id)).ToArray())
        });
    }

    private static JsonObject TagChange(IWorkspaceView view, ChangeRecord record)
    {
        var info = (record.NewValue ?? record.OldValue) as JsonObject;
        return WithFactSheetRef(view, record.FactSheetId, new JsonObject
        {
            ["tagId"] = (string?)info?["tagId"] ?? record.EntityId.ToString("D"),
            ["tagName"] = (string?)info?["tagName"],
            ["tagGroupName"] = (string?)info?["tagGroupName"]
        });
    }

    /// <summary>SubscriptionCreatedEvent.json members; the snapshot is NewValue, or OldValue on delete.</summary>
    private static JsonObject Subscription(IWorkspaceView view, ChangeRecord record)
    {
        var snapshot = (record.NewValue ?? record.OldValue) as JsonObject;
        var roles = snapshot?["roles"] as JsonArray ?? [];
        return WithFactSheetRef(view, record.FactSheetId, new JsonObject
        {
            ["subscriptionId"] = record.EntityId.ToString("D"),
            ["subscribedUserId"] = (string?)snapshot?["userId"],
            ["subscriptionType"] = (string?)snapshot?["type"],
            ["roleInfos"] = new JsonArray(roles.OfType<JsonObject>().Select(r => (JsonNode?)new JsonObject
            {
                ["id"] = (string?)r["id"],
                ["name"] = Guid.TryParse((string?)r["id"], out var roleId) ? view.SubscriptionRoles.Get(roleId)?.Name : null
            }).ToArray())
        });
    }

    /// <summary>DocumentCreatedEvent.json members; DocumentMutations already names them so in its snapshot.</summary>
    private static JsonObject Document(IWorkspaceView view, ChangeRecord record)
    {
        var snapshot = (record.NewValue ?? record.OldValue) as JsonObject;
        return WithFactSheetRef(view, record.FactSheetId, new JsonObject
        {
            ["documentId"] = record.EntityId.ToString("D"),
            ["documentName"] = (string?)snapshot?["documentName"],
            ["documentType"] = (string?)snapshot?["documentType"],
            ["documentOrigin"] = (string?)snapshot?["documentOrigin"],
            ["refId"] = (string?)snapshot?["refId"]
        });
    }

    /// <summary>Lightweight events reference the fact sheet by <c>fsIdAndRev</c> + <c>fsType</c> (webhooks.md §7).</summary>
    private static JsonObject WithFactSheetRef(IWorkspaceView view, Guid? factSheetId, JsonObject members)
    {
        var fs = factSheetId is { } id ? view.FactSheets.Get(id) : null;
        members.Insert(0, "fsType", fs?.Type);
        members.Insert(1, "fsIdAndRev", factSheetId is { } fid ? IdAndRev(view, fid) : null);
        return members;
    }

    public static JsonObject IdAndRev(IWorkspaceView view, Guid id) => new()
    {
        ["id"] = id.ToString("D"),
        ["rev"] = view.FactSheets.Get(id)?.Rev
    };
}
