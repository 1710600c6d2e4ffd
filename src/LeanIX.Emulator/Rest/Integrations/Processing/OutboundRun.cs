using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Rest.Integrations.Expressions;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// An outbound run (admin.md §1.3, DOCS/outbound-processors): every <c>outboundFactSheet</c> processor reads the fact sheets
/// of its <c>scope</c> and builds one content item each from <c>output[]</c> — keys <c>content.id</c>/<c>content.type</c> set
/// the item, other keys go into <c>data</c> (<c>mode: list</c> keeps all values, otherwise the first). Expressions see the
/// fact sheet as <c>lx.factsheet</c> (id, type, name, displayName, description, status, fields, tags, relations).
/// The result LDIF is the input header plus the built content.
/// </summary>
public static class OutboundRun
{
    public static void Execute(RunContext context, IWorkspaceView view)
    {
        var run = context.Run;
        var header = InboundRun.Header(run.Ldif);
        var content = new JsonArray();
        var processors = (context.Configuration["processors"] as JsonArray ?? []).Select((p, i) => (Json: p as JsonObject, Index: i))
            .Where(p => p.Json is not null && p.Json["enabled"]?.GetValue<bool>() != false).ToList();
        run.Statistics.ProcessorCount = processors.Count;
        foreach (var (json, index) in processors)
        {
            if (InboundRun.Type(json!) != ProcessorKinds.Outbound)
            {
                run.Warn(new RunWarning(InboundRun.Name(json!), index, null, $"Processor type '{InboundRun.Type(json!)}' is not an outbound processor", null, RunWarning.CategoryProcessing, false));
                continue;
            }
            var selected = FactSheetScope.Select(view, json!["scope"],
                m => run.Warn(new RunWarning(InboundRun.Name(json), index, null, m, null, RunWarning.CategoryProcessing, false))).ToList();
            run.Statistics.ItemsInScopeCount += selected.Count;
            for (var i = 0; i < selected.Count; i++)
            {
                var fs = selected[i];
                var scope = new ExpressionScope().Set("header", header).Set("variables", context.Variables)
                    .Set("content", new Dictionary<string, object?> { ["id"] = fs.Id.ToString("D"), ["type"] = fs.Type })
                    .Set("data", null).Set("integration", new IntegrationObject(view, view.Workspace.Clock.GetUtcNow(), i, selected.Count - 1))
                    .Set("lx", new Dictionary<string, object?> { ["factsheet"] = FactSheetMap(view, fs) });
                // Outputs only evaluate expressions: an outbound run writes nothing, so the step has no transaction.
                var step = new ProcessorStep(null!, context, json, index, scope, fs.Id.ToString("D"));
                content.Add(Item(step, fs));
                run.Statistics.ProcessedContentCount++;
            }
        }
        var result = new JsonObject();
        foreach (var (key, value) in header) result[key] = ExpressionValues.ToJson(value);
        result["content"] = content;
        run.Results = result;
    }

    private static JsonObject Item(ProcessorStep step, FactSheet fs)
    {
        var item = new JsonObject { ["type"] = fs.Type, ["id"] = fs.Id.ToString("D") };
        var data = new JsonObject();
        foreach (var output in (step.Processor["output"] as JsonArray ?? []).OfType<JsonObject>())
        {
            try
            {
                var key = step.Text(output["key"]);
                if (key is null) continue;
                var values = step.Values(output);
                var list = string.Equals(output["mode"]?.GetValue<string>(), "list", StringComparison.OrdinalIgnoreCase);
                var value = list ? ExpressionValues.ToJson(values.Where(v => v is not null).ToList()) : ExpressionValues.ToJson(values.FirstOrDefault(v => v is not null));
                if (key is "content.id" or "content.type") item[key["content.".Length..]] = ExpressionValues.ToText(ExpressionValues.FromJson(value));
                else data[key] = value;
            }
            catch (UnsupportedExpressionException e)
            {
                step.ExpressionWarning(e);
            }
        }
        item["data"] = data;
        return item;
    }

    private static Dictionary<string, object?> FactSheetMap(IWorkspaceView view, FactSheet fs)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = fs.Id.ToString("D"), ["type"] = fs.Type, ["name"] = fs.Name, ["displayName"] = fs.Name,
            ["description"] = fs.Description, ["status"] = fs.Status
        };
        foreach (var (key, value) in fs.Fields) map[key] = ExpressionValues.FromJson(value);
        map["tags"] = fs.TagIds.Select(id => view.Tags.Get(id)).OfType<Tag>().Select(t => (object?)new Dictionary<string, object?>
        {
            ["name"] = t.Name, ["group"] = t.TagGroupId is { } g ? view.TagGroups.Get(g)?.Name : null
        }).ToList();
        var model = view.Model.Type(fs.Type);
        map["relations"] = view.Relations.OwnedBy(fs.Id).Where(r => r.IsActive).Select(r =>
        {
            var other = view.FactSheets.Get(r.OtherEnd(fs.Id));
            var key = model?.Relations.Values.FirstOrDefault(d => d.Definition.InternalName == r.DefinitionName && d.IsFromSide == (r.FromId == fs.Id))?.Key;
            return (object?)new Dictionary<string, object?>
            {
                ["type"] = key, ["target"] = new Dictionary<string, object?> { ["id"] = other?.Id.ToString("D"), ["name"] = other?.Name, ["type"] = other?.Type }
            };
        }).ToList();
        return map;
    }
}
