using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// Full-mode deletion (admin.md §1.3 <c>deletionScope</c>): after the run, active fact sheets, relations and tag assignments
/// inside a scope that no processor touched are archived / deleted / removed. When the share to delete exceeds
/// <c>maximumDeletionRatio</c> (percent) for a kind, that kind's deletion is cancelled with a warning.
/// Subscription and document scopes are not applied by the emulator (a warning says so).
/// </summary>
public static class DeletionScope
{
    public static void Apply(RunContext context, WorkspaceTransaction tx)
    {
        if (context.Configuration["deletionScope"] is not JsonObject scope) return;
        var ratios = scope["maximumDeletionRatio"] as JsonObject;
        void Warn(string message) => context.Warn(new RunWarning(null, null, null, message, null, RunWarning.CategoryDeletion, false));

        var factSheets = new HashSet<Guid>();
        var inScope = new HashSet<Guid>();
        foreach (var entry in (scope["factSheets"] as JsonArray ?? []).OfType<JsonObject>())
            foreach (var fs in FactSheetScope.Select(tx, entry["scope"], Warn))
            {
                inScope.Add(fs.Id);
                if (!context.TouchedFactSheets.Contains(fs.Id)) factSheets.Add(fs.Id);
            }
        if (WithinRatio(ratios, "factSheets", factSheets.Count, inScope.Count, Warn))
            foreach (var id in factSheets)
            {
                if (tx.FactSheets.Get(id) is not { IsActive: true } archived) continue;
                FactSheetMutations.Update(tx, id, null, [new("replace", "/status", FactSheetStatus.Archived)], null);
                tx.CompleteUnit();
                context.Statistics.DeletedCount++;
                context.Run.Wrote(new RunWrite("DELETE", null, archived.Id, archived.Name, archived.Type));
            }

        var relations = new List<Relation>();
        var relationsInScope = 0;
        foreach (var entry in (scope["relations"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var keys = (entry["relationTypes"] as JsonArray ?? []).Select(k => k?.GetValue<string>()).OfType<string>().ToList();
            var owners = entry["scope"] is null ? null : FactSheetScope.Select(tx, entry["scope"], Warn).Select(f => f.Id).ToHashSet();
            foreach (var key in keys)
            {
                var definition = tx.Model.Types.Values.Select(t => t.Relation(key)).FirstOrDefault(r => r is not null);
                if (definition is null) { Warn($"Unknown relation type '{key}' in the deletion scope"); continue; }
                var fromSide = definition.IsFromSide;
                foreach (var relation in tx.Relations.All.Where(r => r.IsActive && r.DefinitionName == definition.Definition.InternalName))
                {
                    if (owners is not null && !owners.Contains(fromSide ? relation.FromId : relation.ToId)) continue;
                    relationsInScope++;
                    if (!context.TouchedRelations.Contains(relation.Id)) relations.Add(relation);
                }
            }
        }
        if (WithinRatio(ratios, "relations", relations.Count, relationsInScope, Warn))
            foreach (var relation in relations)
            {
                var key = tx.Model.Type(tx.FactSheets.Get(relation.FromId)!.Type)!.Relations.Values
                    .First(r => r.IsFromSide && r.Definition.InternalName == relation.DefinitionName).Key;
                FactSheetMutations.Update(tx, relation.FromId, null, [new("remove", $"/{key}/{relation.Id:D}", null)], null);
                tx.CompleteUnit();
                context.Statistics.DeletedCount++;
            }

        var tags = new List<(Guid FactSheetId, Guid TagId)>();
        var tagsInScope = 0;
        foreach (var entry in (scope["tags"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var patterns = (entry["tagScopes"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(s => (Group: s["group"]?.GetValue<string>() ?? ".*", Tag: s["tag"]?.GetValue<string>() ?? ".*")).ToList();
            foreach (var fs in FactSheetScope.Select(tx, entry["scope"], Warn))
                foreach (var tagId in fs.TagIds)
                {
                    var tag = tx.Tags.Get(tagId);
                    var group = tag?.TagGroupId is { } g ? tx.TagGroups.Get(g)?.Name ?? "" : "Other tags";
                    if (tag is null || !patterns.Any(p => FullMatch(p.Group, group) && FullMatch(p.Tag, tag.Name))) continue;
                    tagsInScope++;
                    if (!context.TouchedTags.Contains((fs.Id, tagId))) tags.Add((fs.Id, tagId));
                }
        }
        if (WithinRatio(ratios, "tags", tags.Count, tagsInScope, Warn))
            foreach (var (fsId, tagId) in tags)
            {
                FactSheetMutations.Update(tx, fsId, null, [new("remove", "/tags", new JsonArray(new JsonObject { ["tagId"] = tagId.ToString("D") }).ToJsonString())], null);
                tx.CompleteUnit();
                context.Statistics.DeletedCount++;
            }

        foreach (var unsupported in new[] { "subscriptions", "documents", "impacts" })
            if (scope[unsupported] is JsonArray { Count: > 0 }) Warn($"The deletion scope for {unsupported} is not applied by the emulator");
    }

    private static bool WithinRatio(JsonObject? ratios, string kind, int toDelete, int inScope, Action<string> warn)
    {
        if (toDelete == 0) return false;
        if (ratios?[kind] is not { } limitNode) return true;
        var limit = limitNode.GetValue<double>();
        var share = inScope == 0 ? 0 : 100.0 * toDelete / inScope;
        if (share <= limit) return true;
        warn($"Deletion of {kind} cancelled: {toDelete} of {inScope} ({share:0.#}%) exceeds the maximum deletion ratio of {limit}%");
        return false;
    }

    private static bool FullMatch(string pattern, string text) => Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
