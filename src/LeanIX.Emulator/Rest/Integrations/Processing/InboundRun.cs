using System.Text.Json.Nodes;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Rest.Integrations.Expressions;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// Executes an inbound run (admin.md §1.3–1.5, D75): processors by ascending <c>run</c>; within a level every content item
/// is one transaction (one <c>transactionSequenceNumber</c>, its events and rev bumps, like one GraphQL request) and every
/// processor of it a nested one, so a failing processor is a run error that leaves the item's other writes in place.
/// <c>test=true</c> runs everything and commits nothing. Full mode then applies the deletion scope.
/// </summary>
public static class InboundRun
{
    public static async Task ExecuteAsync(RunContext context, CancellationToken stop)
    {
        var run = context.Run;
        var workspace = run.Workspace;
        var processors = (context.Configuration["processors"] as JsonArray ?? [])
            .Select((p, i) => (Json: p as JsonObject, Index: i))
            .Where(p => p.Json is not null && p.Json["enabled"]?.GetValue<bool>() != false)
            .Select(p => (Json: p.Json!, p.Index)).ToList();
        foreach (var (json, index) in processors.Where(p => !ProcessorKinds.Inbound.ContainsKey(Type(p.Json))))
            run.Warn(new RunWarning(Name(json), index, null, $"Processor type '{Type(json)}' is not run by the emulator", null, RunWarning.CategoryProcessing, false));
        var runnable = processors.Where(p => ProcessorKinds.Inbound.ContainsKey(Type(p.Json))).ToList();
        var contents = run.Ldif["content"] as JsonArray ?? [];
        var header = Header(run.Ldif);
        run.Statistics.ContentsCount = contents.Count;
        run.Statistics.ProcessorCount = runnable.Count;
        var levels = runnable.GroupBy(p => p.Json["run"]?.GetValue<int>() ?? 0).OrderBy(g => g.Key).ToList();
        var processed = new HashSet<int>();
        foreach (var level in levels)
        {
            run.Statistics.RunLevelIndex = level.Key;
            for (var i = 0; i < contents.Count; i++)
            {
                if (stop.IsCancellationRequested) return;
                if (contents[i] is not JsonObject item) continue;
                var content = (Dictionary<string, object?>)ExpressionValues.FromJson(item)!;
                using (await workspace.LockAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    var tx = workspace.Begin(run.UserId);
                    var scope = new ExpressionScope()
                        .Set("content", content).Set("data", content.GetValueOrDefault("data")).Set("header", header)
                        .Set("variables", context.Variables).Set("lx", new Dictionary<string, object?>())
                        .Set("integration", new IntegrationObject(tx, tx.Now, i, contents.Count - 1));
                    foreach (var (json, index) in level)
                        if (RunProcessor(context, tx, json, index, scope, ExpressionValues.ToText(content.GetValueOrDefault("type")),
                                ExpressionValues.ToText(content.GetValueOrDefault("id"))))
                            processed.Add(i);
                    if (!run.Test && tx.HasChanges) workspace.Commit(tx);
                }
                run.Statistics.ProcessedContentCount = processed.Count;
            }
        }
        if (context.Configuration["processingMode"]?.GetValue<string>() == "full" && !stop.IsCancellationRequested)
            using (await workspace.LockAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var tx = workspace.Begin(run.UserId);
                DeletionScope.Apply(context, tx);
                if (!run.Test && tx.HasChanges) workspace.Commit(tx);
            }
    }

    /// <summary>Runs one processor for one content item (once per <c>forEach</c> element); true when its filter accepted the item.</summary>
    private static bool RunProcessor(RunContext context, WorkspaceTransaction tx, JsonObject json, int index, ExpressionScope scope, string type, string id)
    {
        var step = new ProcessorStep(tx, context, json, index, scope, id);
        if (!ContentFilter.Accepts(step, type, id)) return false;
        foreach (var elementScope in ForEach(step))
        {
            var nested = new WorkspaceTransaction(tx, context.Run.UserId, tx.Clock);
            var inner = new ProcessorStep(nested, context, json, index, elementScope, id);
            try
            {
                ProcessorKinds.Inbound[Type(json)](inner);
                foreach (var variable in json["variables"] as JsonArray ?? [])
                    if (variable is JsonObject v && inner.Text(v["key"]) is { } key) context.AddVariable(key, inner.Eval(v["value"]));
                nested.CommitToParent();
            }
            catch (MutationException e)
            {
                // The nested transaction is dropped: this processor wrote nothing for this item.
                inner.Warn(e.Message, isError: true);
            }
            catch (UnsupportedExpressionException e)
            {
                inner.ExpressionWarning(e);
            }
        }
        return true;
    }

    /// <summary>
    /// admin.md §1.4: <c>forEach</c> runs the processor per list element, per map entry (index −1) or once for a scalar;
    /// a missing or empty list skips it.
    /// </summary>
    private static IEnumerable<ExpressionScope> ForEach(ProcessorStep step)
    {
        if (step.Processor["forEach"] is not { } forEach)
        {
            yield return step.Scope;
            yield break;
        }
        object? value;
        try { value = step.Eval(forEach); }
        catch (UnsupportedExpressionException e)
        {
            step.ExpressionWarning(e);
            yield break;
        }
        var integration = (IntegrationObject)step.Scope.Get("integration")!;
        switch (value)
        {
            case null: yield break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++) yield return step.Scope.With("integration", integration.ForEach(list[i], i, null));
                break;
            case IDictionary<string, object?> map:
                foreach (var (key, element) in map) yield return step.Scope.With("integration", integration.ForEach(element, -1, key));
                break;
            default:
                yield return step.Scope.With("integration", integration.ForEach(value, 0, null));
                break;
        }
    }

    /// <summary>The LDIF header as expressions see it: every member but <c>content</c>, <c>customFields</c> included.</summary>
    public static Dictionary<string, object?> Header(JsonObject ldif) =>
        ldif.Where(kv => kv.Key != "content").ToDictionary(kv => kv.Key, kv => ExpressionValues.FromJson(kv.Value), StringComparer.Ordinal);

    public static string Type(JsonObject processor) => processor["processorType"]?.GetValue<string>() ?? "";

    public static string? Name(JsonObject processor) => processor["processorName"]?.GetValue<string>();
}
