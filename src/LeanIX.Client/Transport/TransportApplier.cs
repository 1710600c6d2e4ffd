using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport;

/// <summary>Carries out a <see cref="TransportPlan"/>: re-checks the target, writes the backup, then changes item by item.</summary>
internal static class TransportApplier
{
    public static async Task<TransportResult> ApplyAsync(TransportPlan plan, TransportApplyOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Target is not { } target || plan.KindImplementation is not { } kind)
            throw new ArgumentException("Only a plan made by PlanAsync or PlanRestoreAsync in this process can be applied.", nameof(plan));
        var changes = plan.Items.Where(i => i.IsChange).ToList();
        if (changes.Count == 0) return new TransportResult(null, [], []);

        // The target may have changed since the plan was shown; an item whose element moved on is not overwritten.
        var now = TransportPlanner.ByKey(await kind.ReadAsync(target, plan.ReadSelection, cancellationToken).ConfigureAwait(false));
        var failed = new List<TransportFailure>();
        var ready = new List<TransportItem>();
        foreach (var item in changes)
        {
            var current = now.GetValueOrDefault(item.Key);
            var unchangedSincePlan = (item.Current, current) switch
            {
                (null, null) => true,
                ({ } planned, [var single]) => JsonNode.DeepEquals(planned.Fields, single.Fields),
                _ => false
            };
            if (unchangedSincePlan) ready.Add(item with { Current = current?[0] ?? item.Current });
            else failed.Add(new TransportFailure(item, $"'{item.Key}' changed in workspace '{plan.TargetWorkspace}' since the plan was made; plan again."));
        }
        if (ready.Count == 0) return new TransportResult(null, [], failed);

        var backupFile = WriteBackup(plan, ready, options, clock);
        var applied = new List<TransportItem>();
        for (var i = 0; i < ready.Count; i++)
        {
            var item = ready[i];
            try
            {
                switch (item.Action)
                {
                    case TransportAction.Create: await kind.CreateAsync(target, item.Desired!, cancellationToken).ConfigureAwait(false); break;
                    case TransportAction.Update: await kind.UpdateAsync(target, item.Current!, item.Desired!, cancellationToken).ConfigureAwait(false); break;
                    case TransportAction.Delete: await kind.DeleteAsync(target, item.Current!, cancellationToken).ConfigureAwait(false); break;
                }
                applied.Add(item);
            }
            catch (Exception e) when (e is LeanIXRequestFailedException or ArgumentException or InvalidOperationException)
            {
                failed.Add(new TransportFailure(item, e.Message));
            }
            options.Progress?.Report(new TransportProgress(i + 1, ready.Count, item.Key, item.Action));
        }
        return new TransportResult(backupFile, applied, failed);
    }

    private static string WriteBackup(TransportPlan plan, IReadOnlyList<TransportItem> items, TransportApplyOptions options, TimeProvider clock)
    {
        var at = clock.GetUtcNow();
        var backup = new TransportBackup
        {
            Kind = plan.Kind, SourceWorkspace = plan.SourceWorkspace, TargetWorkspace = plan.TargetWorkspace,
            TargetWorkspaceId = plan.TargetWorkspaceId, CreatedAt = at,
            Entries = items.Select(i => new TransportBackupEntry(i.Key, i.Action,
                i.Action == TransportAction.Create ? null : (JsonObject)i.Current!.Fields.DeepClone(), (i.Desired ?? i.Current)!.Order)).ToList()
        };
        var directory = options.BackupDirectory ?? Path.Combine(Environment.CurrentDirectory, "leanix-backups");
        var stem = $"transport-{plan.Kind}-{Safe(plan.TargetWorkspace)}-{at.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(directory, n == 1 ? stem + ".json" : $"{stem}-{n}.json");
            if (File.Exists(path)) continue;
            backup.Write(path);
            return path;
        }
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
