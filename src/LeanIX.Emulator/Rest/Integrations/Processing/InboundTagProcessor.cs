using System.Text.Json.Nodes;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// <c>inboundTag</c> (admin.md §1.3, D41): puts the tag named by the <c>name</c> update on the fact sheets of
/// <c>factSheets</c>, creating a missing tag. A missing group is created only when <c>group.name</c> comes with
/// <c>group.mode</c>; otherwise the item is skipped with a warning. Without <c>group.name</c> the tag is ungrouped
/// ("Other tags", D21). Writes go through <see cref="TagMutations"/> and the <c>/tags</c> patch of updateFactSheet.
/// </summary>
public static class InboundTagProcessor
{
    public static void Execute(ProcessorStep step)
    {
        var keys = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var update in step.Processor["updates"] as JsonArray ?? [])
            if (update is JsonObject entry && step.Text(entry["key"]) is { } key)
                keys[key] = step.Values(entry) switch { [] => null, [var single] => single, var many => many };
        string? Text(string key) => keys.TryGetValue(key, out var v) && v is not null ? ExpressionValues.ToText(v) : null;

        var name = Text("name");
        if (string.IsNullOrEmpty(name))
        {
            step.Warn("inboundTag needs a 'name' update", isError: true);
            return;
        }
        var groupName = Text("group.name");
        if (!string.IsNullOrEmpty(groupName))
        {
            var exists = step.Tx.TagGroups.All.Any(g => g.Name == groupName);
            var mode = Text("group.mode");
            if (!exists && mode is null)
            {
                step.Warn($"Tag group '{groupName}' does not exist; set 'group.mode' to create it (D41)");
                return;
            }
            if (!exists || keys.Keys.Any(k => k.StartsWith("group.", StringComparison.Ordinal) && k != "group.name"))
            {
                var restrict = keys.TryGetValue("group.restrictToFactSheetTypes", out var r) && r is not null
                    ? (r is List<object?> list ? list : [r]).Select(ExpressionValues.ToText).ToList() : null;
                TagMutations.UpsertTagGroup(step.Tx, groupName, Text("group.shortName"), Text("group.description"), mode, null, restrict, null);
            }
        }
        var tag = TagMutations.UpsertTag(step.Tx, name, groupName, Text("description"), Text("color"), null);
        foreach (var target in FactSheetTarget.Read(step, step.Processor["factSheets"], "factSheets"))
        {
            if (target.Find(step, null) is not { IsActive: true } fs)
            {
                step.Warn($"Fact sheet {target} not found for tag '{name}'", isError: true);
                continue;
            }
            var patch = new JsonArray(new JsonObject { ["tagId"] = tag.Id.ToString("D") }).ToJsonString();
            var before = step.Tx.Records.Count;
            FactSheetMutations.Update(step.Tx, fs.Id, null, [new("add", "/tags", patch)], null);
            step.Wrote(before, "UPDATE", fs.Id, $"{fs.Name}: tag {tag.Name}", "Tag");
            step.Run.TouchedTags.Add((fs.Id, tag.Id));
        }
    }
}
