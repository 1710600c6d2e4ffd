using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.SyncLog;

/// <summary>The Synchronization and SyncItem objects of admin.md §2.2, read from requests and written to answers.</summary>
public static class SyncLogJson
{
    /// <summary>A run as the wire has it; a run without a stored status shows the one derived from its items (D46).</summary>
    public static JsonObject Synchronization(IWorkspaceView view, Synchronization run) => new()
    {
        ["id"] = Formats.Id(run.Id),
        ["name"] = run.Name,
        ["topic"] = run.Topic,
        ["trigger"] = run.Trigger,
        ["scope"] = run.Scope,
        ["status"] = StatusOf(view, run),
        ["progress"] = run.Progress,
        ["message"] = run.Message,
        ["createdAt"] = Formats.Timestamp(run.CreatedAt),
        ["finishedAt"] = run.FinishedAt is { } finished ? Formats.Timestamp(finished) : null,
        ["total"] = run.Total,
        ["processed"] = run.Processed,
        ["warnings"] = run.Warnings,
        ["errors"] = run.Errors,
        ["actions"] = run.Actions
    };

    /// <summary>The stored status, or the one derived from the run's items when the client sent none (D46).</summary>
    public static string StatusOf(IWorkspaceView view, Synchronization run) =>
        run.Status ?? SyncLogVocabulary.Derive(view.Source<SyncItem>().OwnedBy(run.Id).Select(i => i.Status));

    public static JsonObject Item(SyncItem item) => new()
    {
        ["id"] = Formats.Id(item.Id),
        ["synchronizationId"] = Formats.Id(item.SynchronizationId),
        ["status"] = item.Status,
        ["action"] = item.Action,
        ["sourceId"] = item.SourceId,
        ["sourceName"] = item.SourceName,
        ["sourceType"] = item.SourceType,
        ["targetId"] = item.TargetId,
        ["targetName"] = item.TargetName,
        ["targetType"] = item.TargetType,
        ["message"] = item.Message,
        ["createdAt"] = Formats.Timestamp(item.CreatedAt)
    };

    /// <summary>
    /// Writes a create or full-update body onto <paramref name="run"/>. Members left out take their defaults: status
    /// null (derived, D46), counters 0, and on update the creation time stays. <c>finishedAt</c> is set to
    /// <paramref name="now"/> when the progress ends the run and none was sent (D46).
    /// </summary>
    public static void Apply(JsonObject body, Synchronization run, DateTimeOffset now, bool creating)
    {
        if (RequestJson.String(body, "id") is { } id && Formats.ParseId(id) != run.Id && !creating)
            throw new RestInputException($"The body's id '{id}' is not the path's synchronization id.", id, "id");
        run.Name = RequestJson.String(body, "name");
        run.Topic = RequestJson.String(body, "topic");
        run.Trigger = RequestJson.String(body, "trigger");
        run.Scope = RequestJson.OneOf(RequestJson.String(body, "scope"), "scope", SyncLogVocabulary.Scopes);
        run.Status = RequestJson.OneOf(RequestJson.String(body, "status"), "status", SyncLogVocabulary.Statuses);
        run.Progress = RequestJson.OneOf(SyncLogVocabulary.NormaliseProgress(RequestJson.String(body, "progress")), "progress", SyncLogVocabulary.Progresses);
        run.Message = RequestJson.String(body, "message");
        run.Total = Counter(body, "total");
        run.Processed = Counter(body, "processed");
        run.Warnings = Counter(body, "warnings");
        run.Errors = Counter(body, "errors");
        run.Actions = Counter(body, "actions");
        if (RequestJson.Timestamp(body, "createdAt") is { } created) run.CreatedAt = created;
        else if (creating) run.CreatedAt = now;
        run.FinishedAt = RequestJson.Timestamp(body, "finishedAt")
            ?? (run.Progress is { } progress && SyncLogVocabulary.Final.Contains(progress) ? run.FinishedAt ?? now : null);
    }

    /// <summary>One item of a <c>syncItemBatch</c>: status defaults to OK and action to NONE; the server sets id and createdAt (D45).</summary>
    public static SyncItem ReadItem(JsonNode? node, Synchronization run, long ordinal, DateTimeOffset now)
    {
        if (node is not JsonObject json)
            throw new RestInputException($"Item {ordinal - run.ItemCount} of the batch must be a JSON object.", node?.ToJsonString());
        return new SyncItem
        {
            Id = Guid.NewGuid(),
            SynchronizationId = run.Id,
            Ordinal = ordinal,
            Status = RequestJson.OneOf(RequestJson.String(json, "status"), "status", SyncLogVocabulary.Statuses) ?? "OK",
            Action = RequestJson.OneOf(RequestJson.String(json, "action"), "action", SyncLogVocabulary.Actions) ?? "NONE",
            SourceId = RequestJson.String(json, "sourceId"),
            SourceName = RequestJson.String(json, "sourceName"),
            SourceType = RequestJson.String(json, "sourceType"),
            TargetId = RequestJson.String(json, "targetId"),
            TargetName = RequestJson.String(json, "targetName"),
            TargetType = RequestJson.String(json, "targetType"),
            Message = RequestJson.String(json, "message"),
            CreatedAt = now
        };
    }

    private static long Counter(JsonObject body, string key) =>
        RequestJson.Long(body, key) is { } n
            ? n >= 0 ? n : throw new RestInputException($"'{key}' must not be negative, not {n}.", n.ToString(), key)
            : 0;
}
