using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport;

/// <summary>Compares source and target (or a backup and the target) into a <see cref="TransportPlan"/>; writes nothing.</summary>
internal static class TransportPlanner
{
    public static async Task<TransportPlan> PlanAsync(ITransportKind kind, TransportSelection selection, LeanIXClient source, LeanIXClient target,
        bool deleteMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(target);
        var sourceInfo = await source.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var targetInfo = await target.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        if (sourceInfo.WorkspaceId == targetInfo.WorkspaceId)
            throw new ArgumentException($"Source and target are the same workspace ('{sourceInfo.WorkspaceName}'); name the target by its own token or workspace name.", nameof(target));

        var sourceElements = await kind.ReadAsync(source, selection, cancellationToken).ConfigureAwait(false);
        var targetElements = await kind.ReadAsync(target, selection.ForTarget(), cancellationToken).ConfigureAwait(false);
        var targetByKey = ByKey(targetElements);
        var references = new TransportReferences(source, target);
        var items = new List<(int Order, TransportItem Item)>();

        foreach (var group in ByKey(sourceElements))
        {
            var element = group.Value[0];
            if (group.Value.Count > 1)
            {
                items.Add((element.Order, Conflict(group.Key, $"{group.Value.Count} elements in source workspace '{sourceInfo.WorkspaceName}' share the key '{group.Key}'.")));
                continue;
            }
            var remapped = await kind.RemapAsync(element, references, cancellationToken).ConfigureAwait(false);
            var desired = remapped with { Fields = FieldComparison.Normalised(remapped.Fields), Handle = null };
            var unresolved = references.TakeUnresolved();
            var current = targetByKey.GetValueOrDefault(group.Key);
            if (current is { Count: > 1 })
            {
                items.Add((element.Order, Conflict(group.Key, $"{current.Count} elements in target workspace '{targetInfo.WorkspaceName}' share the key '{group.Key}'; match is ambiguous.")));
                continue;
            }
            var existing = current?[0];
            var differences = FieldComparison.Differences(existing?.Fields, desired.Fields, kind.SecretFields);
            var action = unresolved.Count > 0 ? TransportAction.Conflict
                : existing is null ? TransportAction.Create
                : differences.Count > 0 ? TransportAction.Update : TransportAction.Unchanged;
            items.Add((element.Order, new TransportItem
            {
                Key = group.Key, Action = action, Differences = differences, Conflicts = unresolved,
                Desired = action == TransportAction.Conflict ? null : desired, Current = existing
            }));
        }

        var deletes = new List<(int Order, TransportItem Item)>();
        if (deleteMissing)
        {
            var sourceKeys = ByKey(sourceElements);
            foreach (var (key, elements) in targetByKey.Where(t => !sourceKeys.ContainsKey(t.Key)))
                foreach (var element in elements)
                    deletes.Add((element.Order, new TransportItem
                    {
                        Key = key, Action = TransportAction.Delete, Current = element,
                        Differences = FieldComparison.Differences(element.Fields, null, kind.SecretFields)
                    }));
        }

        return new TransportPlan
        {
            Kind = kind.Name, SourceWorkspace = sourceInfo.WorkspaceName, TargetWorkspace = targetInfo.WorkspaceName,
            TargetWorkspaceId = targetInfo.WorkspaceId, Selection = selection.ToString(), DeleteMissing = deleteMissing,
            CreatedAt = source.Connection.Clock.GetUtcNow(), Items = Ordered(items, deletes),
            KindImplementation = kind, Target = target, ReadSelection = selection.ForTarget()
        };
    }

    public static async Task<TransportPlan> PlanRestoreAsync(ITransportKind kind, TransportBackup backup, LeanIXClient target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var targetInfo = await target.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        if (targetInfo.WorkspaceId != backup.TargetWorkspaceId)
            throw new ArgumentException(
                $"The backup was taken of workspace '{backup.TargetWorkspace}' ({backup.TargetWorkspaceId}), not of '{targetInfo.WorkspaceName}' ({targetInfo.WorkspaceId}).",
                nameof(target));
        var targetByKey = ByKey(await kind.ReadAsync(target, TransportSelection.All, cancellationToken).ConfigureAwait(false));
        var items = new List<(int Order, TransportItem Item)>();
        var deletes = new List<(int Order, TransportItem Item)>();
        // An element changed twice (e.g. by two applies in one backup) is put back to its earliest state.
        foreach (var entry in backup.Entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
        {
            var current = targetByKey.GetValueOrDefault(entry.Key);
            if (current is { Count: > 1 })
            {
                items.Add((entry.Order, Conflict(entry.Key, $"{current.Count} elements in target workspace '{targetInfo.WorkspaceName}' share the key '{entry.Key}'.")));
                continue;
            }
            var existing = current?[0];
            if (entry.Before is null)
            {
                if (existing is null) items.Add((entry.Order, new TransportItem { Key = entry.Key, Action = TransportAction.Unchanged }));
                else deletes.Add((entry.Order, new TransportItem
                {
                    Key = entry.Key, Action = TransportAction.Delete, Current = existing,
                    Differences = FieldComparison.Differences(existing.Fields, null, kind.SecretFields)
                }));
                continue;
            }
            var desired = new TransportElement(entry.Key, FieldComparison.Normalised(entry.Before), null, entry.Order);
            var differences = FieldComparison.Differences(existing?.Fields, desired.Fields, kind.SecretFields);
            var action = existing is null ? TransportAction.Create : differences.Count > 0 ? TransportAction.Update : TransportAction.Unchanged;
            items.Add((entry.Order, new TransportItem { Key = entry.Key, Action = action, Differences = differences, Desired = desired, Current = existing }));
        }
        return new TransportPlan
        {
            Kind = kind.Name, SourceWorkspace = $"backup of {backup.CreatedAt:yyyy-MM-dd HH:mm:ss}Z", TargetWorkspace = targetInfo.WorkspaceName,
            TargetWorkspaceId = targetInfo.WorkspaceId, Selection = "restore", DeleteMissing = deletes.Count > 0,
            CreatedAt = target.Connection.Clock.GetUtcNow(), Items = Ordered(items, deletes),
            KindImplementation = kind, Target = target, ReadSelection = TransportSelection.All
        };
    }

    /// <summary>Creates and updates by ascending order, then deletes by descending order (children before parents).</summary>
    private static List<TransportItem> Ordered(List<(int Order, TransportItem Item)> items, List<(int Order, TransportItem Item)> deletes) =>
        [
            .. items.OrderBy(i => i.Order).ThenBy(i => i.Item.Key, StringComparer.OrdinalIgnoreCase).Select(i => i.Item),
            .. deletes.OrderByDescending(i => i.Order).ThenBy(i => i.Item.Key, StringComparer.OrdinalIgnoreCase).Select(i => i.Item)
        ];

    private static TransportItem Conflict(string key, string reason) =>
        new() { Key = key, Action = TransportAction.Conflict, Conflicts = [reason] };

    internal static Dictionary<string, List<TransportElement>> ByKey(IEnumerable<TransportElement> elements)
    {
        var result = new Dictionary<string, List<TransportElement>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in elements)
        {
            if (!result.TryGetValue(element.Key, out var list)) result[element.Key] = list = [];
            list.Add(element with { Fields = FieldComparison.Normalised(element.Fields) });
        }
        return result;
    }
}
