using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Seeds;

/// <summary>
/// Checks a seeded state against its data model and the API's invariants. Returns every problem
/// (capped) so a failing test shows all of them at once.
/// </summary>
public static class SeedStateValidator
{
    private static readonly HashSet<string> LxStates = ["DRAFT", "APPROVED", "BROKEN_QUALITY_SEAL", "REJECTED"];
    private static readonly HashSet<string> SubscriptionTypes = ["RESPONSIBLE", "ACCOUNTABLE", "OBSERVER"];

    public static List<string> Validate(WorkspaceState state)
    {
        var errors = new List<string>();
        void Error(string message)
        {
            if (errors.Count < 50) errors.Add(message);
        }
        var model = state.Model;

        foreach (var fs in state.FactSheets.All)
        {
            var type = model.Type(fs.Type);
            if (type is null) { Error($"{fs.Name}: unknown type {fs.Type}"); continue; }
            if (string.IsNullOrWhiteSpace(fs.Name)) Error($"{fs.Id}: empty name");
            if (fs.Rev < 0) Error($"{fs.Name}: negative rev");
            if (fs.CreatedAt == default || fs.UpdatedAt == default || fs.UpdatedAt < fs.CreatedAt) Error($"{fs.Name}: bad timestamps");
            if (fs.LxState is null || !LxStates.Contains(fs.LxState)) Error($"{fs.Name}: lxState {fs.LxState}");
            if (fs.Status is not (FactSheetStatus.Active or FactSheetStatus.Archived)) Error($"{fs.Name}: status {fs.Status}");
            foreach (var (key, value) in fs.Fields)
            {
                if (key is "name" or "description") { Error($"{fs.Name}: {key} stored in Fields"); continue; }
                var def = type.Field(key);
                if (def is null) { Error($"{fs.Name}: unknown field {key}"); continue; }
                CheckValue(def, value, $"{fs.Name}.{key}", Error);
            }
            foreach (var tagId in fs.TagIds)
            {
                var tag = state.Tags.Get(tagId);
                if (tag is null) { Error($"{fs.Name}: unknown tag {tagId}"); continue; }
                if (tag.TagGroupId is not { } g) continue;
                var group = state.TagGroups.Get(g);
                if (group is null) { Error($"tag {tag.Name}: unknown group"); continue; }
                if (group.RestrictToFactSheetTypes.Count > 0 && !group.RestrictToFactSheetTypes.Contains(fs.Type))
                    Error($"{fs.Name}: tag group {group.Name} not allowed on {fs.Type}");
                if (group.Mode == "SINGLE" && fs.TagIds.Count(t => state.Tags.Get(t)?.TagGroupId == g) > 1)
                    Error($"{fs.Name}: two tags of SINGLE group {group.Name}");
            }
            if (fs.TagIds.Distinct().Count() != fs.TagIds.Count) Error($"{fs.Name}: duplicate tags");
        }

        var seen = new HashSet<(string, Guid, Guid)>();
        var singleEnds = new HashSet<(string, Guid)>();
        var parentOf = new Dictionary<Guid, Guid>();
        foreach (var rel in state.Relations.All)
        {
            if (!model.Relations.TryGetValue(rel.DefinitionName, out var def)) { Error($"relation {rel.Id}: unknown definition {rel.DefinitionName}"); continue; }
            var from = state.FactSheets.Get(rel.FromId);
            var to = state.FactSheets.Get(rel.ToId);
            if (from is null || to is null) { Error($"relation {rel.Id}: dangling end"); continue; }
            if (from.Type != def.From.FactSheetType || to.Type != def.To.FactSheetType)
                Error($"{rel.DefinitionName}: {from.Type} '{from.Name}' → {to.Type} '{to.Name}' has wrong types");
            if (rel.FromId == rel.ToId) Error($"{rel.DefinitionName}: self relation on {from.Name}");
            if (!seen.Add((rel.DefinitionName, rel.FromId, rel.ToId))) Error($"{rel.DefinitionName}: duplicate {from.Name} → {to.Name}");
            if (def.From.IsSingle && !singleEnds.Add((rel.DefinitionName + ":from", rel.FromId))) Error($"{rel.DefinitionName}: {from.Name} has two");
            if (def.To.IsSingle && !singleEnds.Add((rel.DefinitionName + ":to", rel.ToId))) Error($"{rel.DefinitionName}: {to.Name} has two incoming");
            if (rel.IsActive && (!from.IsActive || !to.IsActive)) Error($"{rel.DefinitionName}: active relation to archived fact sheet");
            foreach (var (key, value) in rel.Fields)
            {
                if (!def.Fields.TryGetValue(key, out var fieldDef)) { Error($"{rel.DefinitionName}: unknown field {key}"); continue; }
                CheckValue(fieldDef, value, $"{rel.DefinitionName}.{key}", Error);
            }
            if (def.From.Name == "relToParent") parentOf[rel.FromId] = rel.ToId;
        }

        foreach (var start in parentOf.Keys)
        {
            var visited = new HashSet<Guid> { start };
            for (var node = start; parentOf.TryGetValue(node, out var parent); node = parent)
                if (!visited.Add(parent)) { Error($"relToParent cycle through {state.FactSheets.Get(start)?.Name}"); break; }
        }

        var subscribed = new HashSet<(Guid, Guid)>();
        var accountable = new HashSet<Guid>();
        foreach (var sub in state.Subscriptions.All)
        {
            if (state.FactSheets.Get(sub.FactSheetId) is null) Error($"subscription {sub.Id}: unknown fact sheet");
            if (state.Users.Get(sub.UserId) is null) Error($"subscription {sub.Id}: unknown user");
            if (!SubscriptionTypes.Contains(sub.Type)) Error($"subscription {sub.Id}: type {sub.Type}");
            if (!subscribed.Add((sub.FactSheetId, sub.UserId))) Error($"subscription {sub.Id}: user subscribed twice");
            if (sub.Type == "ACCOUNTABLE" && !accountable.Add(sub.FactSheetId)) Error($"subscription {sub.Id}: second accountable");
            foreach (var link in sub.Roles)
            {
                var role = state.SubscriptionRoles.Get(link.RoleId);
                if (role is null) Error($"subscription {sub.Id}: unknown role");
                else if (role.SubscriptionType is { } t && t != sub.Type) Error($"subscription {sub.Id}: role {role.Name} needs {t}");
            }
        }
        foreach (var doc in state.Documents.All)
            if (state.FactSheets.Get(doc.FactSheetId) is null) Error($"document {doc.Name}: unknown fact sheet");
        foreach (var tag in state.Tags.All)
            if (tag.TagGroupId is { } g && state.TagGroups.Get(g) is null) Error($"tag {tag.Name}: unknown group");
        foreach (var group in state.TagGroups.All)
            foreach (var t in group.RestrictToFactSheetTypes)
                if (model.Type(t) is null) Error($"tag group {group.Name}: unknown type {t}");
        foreach (var user in state.Users.All)
        {
            if (user.PermissionRole is not ("ADMIN" or "MEMBER" or "VIEWER" or "CONTACT")) Error($"user {user.Email}: role {user.PermissionRole}");
            if (user.Status is not ("ACTIVE" or "INACTIVE")) Error($"user {user.Email}: status {user.Status}");
        }
        return errors;
    }

    private static void CheckValue(FieldDefinition def, JsonNode? value, string where, Action<string> error)
    {
        if (value is null) return;
        switch (def.Type)
        {
            case FieldType.String:
                if (value is not JsonValue s || !s.TryGetValue<string>(out _)) error($"{where}: not a string");
                break;
            case FieldType.SingleSelect:
                if (value is not JsonValue v || !v.TryGetValue<string>(out var key) || !def.Values.Contains(key)) error($"{where}: bad select value {value}");
                break;
            case FieldType.MultipleSelect:
                if (value is not JsonArray a || a.Any(i => i is null || !def.Values.Contains(i.GetValue<string>()))) error($"{where}: bad multi-select {value.ToJsonString()}");
                break;
            case FieldType.Integer:
                if (value is not JsonValue iv || !iv.TryGetValue<long>(out _)) error($"{where}: not a long");
                break;
            case FieldType.Double:
                if (value is not JsonValue dv || !dv.TryGetValue<double>(out _)) error($"{where}: not a double");
                break;
            case FieldType.Lifecycle:
                if (value["phases"] is not JsonArray phases) { error($"{where}: no phases"); break; }
                string? last = null;
                foreach (var p in phases)
                {
                    var phase = p?["phase"]?.GetValue<string>();
                    var date = p?["startDate"]?.GetValue<string>();
                    if (phase is null || !def.Values.Contains(phase)) error($"{where}: bad phase {phase}");
                    if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _)) error($"{where}: bad date {date}");
                    if (last is not null && string.CompareOrdinal(last, date) > 0) error($"{where}: phases not sorted");
                    last = date;
                }
                break;
            case FieldType.ExternalId:
                if (value["type"]?.GetValue<string>() != "ExternalId" || value["externalId"] is null) error($"{where}: bad external id");
                break;
            case FieldType.Location:
                if (value["rawAddress"] is null) error($"{where}: location without rawAddress");
                break;
        }
    }
}
