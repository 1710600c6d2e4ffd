using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Wire;

/// <summary>
/// The REST <c>FactSheet</c> and <c>FactSheetRelation</c> objects of Pathfinder (rest-other.md §3,
/// duhast/leanix-ruby docs), shaped like the fact sheet embedded in FactSheetCreatedEvent.json
/// (D29): field values as D26 entries with D80 wrappers, tags with <c>bgColor</c>, D6 timestamps.
/// </summary>
public static class FactSheetJson
{
    /// <summary>
    /// One fact sheet. <c>relations</c> holds the relations of <paramref name="relationTypes"/> only
    /// (the REST API returns none unless asked). Subscriptions, documents and milestones are empty,
    /// as D29 allows for the REST shape.
    /// </summary>
    public static JsonObject FactSheet(IWorkspaceView view, FactSheet fs, IReadOnlyList<string> relationTypes)
    {
        var completion = Completion.Of(view, fs);
        return new JsonObject
        {
            ["id"] = Formats.Id(fs.Id),
            ["name"] = fs.Name,
            ["displayName"] = FactSheetNames.DisplayName(view, fs),
            ["fullName"] = FactSheetNames.FullName(view, fs),
            ["description"] = fs.Description,
            ["type"] = fs.Type,
            ["status"] = fs.Status,
            ["lxState"] = fs.LxState,
            ["level"] = FactSheetNames.Level(view, fs),
            ["rev"] = fs.Rev,
            ["createdAt"] = Formats.Timestamp(fs.CreatedAt),
            ["updatedAt"] = Formats.Timestamp(fs.UpdatedAt),
            ["fields"] = Fields(view.Model.Type(fs.Type)?.Fields, fs.Fields),
            ["tags"] = new JsonArray(fs.TagIds.Select(view.Tags.Get).OfType<Tag>().Select(t => (JsonNode)Tag(view, t)).ToArray()),
            ["naFields"] = new JsonArray(fs.NaFields.Select(k => (JsonNode?)k).ToArray()),
            ["relations"] = new JsonArray(Relations(view, fs, relationTypes).Select(r => (JsonNode)r).ToArray()),
            ["subscriptions"] = new JsonArray(),
            ["documents"] = new JsonArray(),
            ["milestones"] = new JsonArray(),
            // The emulator has no ACLs: every caller may do everything (as the GraphQL permissions, D10).
            ["permissions"] = new JsonObject
            {
                ["self"] = new JsonArray("READ", "UPDATE"),
                ["create"] = true,
                ["read"] = true,
                ["update"] = true,
                ["delete"] = true
            },
            // D80: the type discriminator the webhook payload's completion carries (FactSheetCreatedEvent.json).
            ["completion"] = new JsonObject { ["type"] = "SectionCompletion", ["completion"] = completion.Completion, ["percentage"] = completion.Percentage },
            // Members the event fixture carries with these constant values.
            ["permittedReadACL"] = Queries.AclVisibility.References(view, fs.PermittedReadAcl), // D66
            ["permittedWriteACL"] = Queries.AclVisibility.References(view, fs.PermittedWriteAcl),
            ["lxExcludeFromQuota"] = false
        };
    }

    /// <summary>
    /// The active relations of <paramref name="fs"/> through the given directional keys, in key order,
    /// then by the other end's name (D9 style). Keys the fact sheet's type does not have give nothing.
    /// </summary>
    public static IEnumerable<JsonObject> Relations(IWorkspaceView view, FactSheet fs, IEnumerable<string> keys)
    {
        var type = view.Model.Type(fs.Type);
        if (type is null) yield break;
        foreach (var key in keys)
        {
            if (type.Relation(key) is not { } directional) continue;
            var related = FactSheetNames.ActiveRelations(view, fs, key)
                .Select(r => (Relation: r, Other: view.FactSheets.Get(r.OtherEnd(fs.Id))))
                .Where(p => p.Other is not null)
                .OrderBy(p => p.Other!.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.Relation.Id);
            foreach (var (relation, other) in related)
                yield return Relation(view, fs, directional, relation, other!);
        }
    }

    /// <summary>
    /// A relation seen from <paramref name="near"/>: <c>type</c> is the directional key from its side,
    /// so <c>fromId</c>/<c>typeFromFS</c> are this fact sheet and <c>toId</c>/<c>typeToFS</c>/<c>displayNameToFS</c>
    /// the other end, as RelationCreatedEvent.json pairs <c>relApplicationToITComponent</c> with the
    /// Application as <c>fromId</c>. <c>typeFromFS</c>/<c>typeToFS</c> are fact sheet types (rest-other.md §3).
    /// </summary>
    public static JsonObject Relation(IWorkspaceView view, FactSheet near, DirectionalRelation directional, Relation relation, FactSheet other)
    {
        var fields = Fields(directional.Definition.Fields, relation.Fields);
        // The REST relation has no description member; the value travels as a STRING field (D26, D80).
        if (relation.Description is { } description)
            fields.Insert(0, Field("description", FieldType.String, description));
        var otherDisplayName = FactSheetNames.DisplayName(view, other);
        return new JsonObject
        {
            ["id"] = Formats.Id(relation.Id),
            ["type"] = directional.Key,
            ["fromId"] = Formats.Id(near.Id),
            ["toId"] = Formats.Id(other.Id),
            ["typeFromFS"] = near.Type,
            ["typeToFS"] = other.Type,
            ["displayNameToFS"] = otherDisplayName,
            ["activeFrom"] = relation.ActiveFrom,
            ["activeUntil"] = relation.ActiveUntil,
            ["status"] = relation.Status,
            ["fields"] = fields,
            // D90: the ids are what the REST relation names; the members of `constrainingRelations` are undocumented, so it stays empty [I].
            ["constrainingRelations"] = new JsonArray(),
            ["idsOfConstrainingRelations"] = new JsonArray(RelationConstraints.Of(view, relation)
                .Select(c => (JsonNode)Formats.Id(c.ConstrainingRelationId)).ToArray()),
            ["naFields"] = new JsonArray(),
            ["permittedReadACL"] = new JsonArray(),
            ["factSheet"] = new JsonObject
            {
                ["id"] = Formats.Id(other.Id),
                ["name"] = other.Name,
                ["type"] = other.Type,
                ["displayName"] = otherDisplayName
            }
        };
    }

    /// <summary>D29: REST tag keys; <c>tagGroup</c> is null for an ungrouped tag.</summary>
    public static JsonObject Tag(IWorkspaceView view, Tag tag)
    {
        var group = tag.TagGroupId is { } groupId ? view.TagGroups.Get(groupId) : null;
        return new JsonObject
        {
            ["id"] = Formats.Id(tag.Id),
            ["name"] = tag.Name,
            ["description"] = tag.Description,
            ["bgColor"] = tag.Color,
            ["status"] = tag.Status,
            ["tagGroup"] = group is null ? null : new JsonObject
            {
                ["id"] = Formats.Id(group.Id),
                ["name"] = group.Name,
                ["shortName"] = group.ShortName,
                ["description"] = group.Description,
                ["mode"] = group.Mode,
                ["mandatory"] = group.Mandatory,
                ["restrictToFactSheetTypes"] = new JsonArray(group.RestrictToFactSheetTypes.Select(t => (JsonNode?)t).ToArray())
            }
        };
    }

    /// <summary>
    /// D26 <c>{name, data}</c> entries (D80 wrappers) of every set field: the model's fields in model order, then any
    /// stored key the model no longer declares (typed as STRING, as FieldChanges does). name and
    /// description are members of their own, never entries.
    /// </summary>
    private static JsonArray Fields(IReadOnlyDictionary<string, FieldDefinition>? definitions, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var array = new JsonArray();
        var keys = (definitions?.Keys ?? []).Concat(values.Keys.Order(StringComparer.Ordinal))
            .Where(k => k is not "name" and not "description")
            .Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (values.GetValueOrDefault(key) is not { } value) continue;
            var fieldType = definitions?.GetValueOrDefault(key)?.Type ?? FieldType.String;
            array.Add(Field(key, fieldType, value));
        }
        return array;
    }

    private static JsonObject Field(string key, string fieldType, JsonNode value) => new()
    {
        ["name"] = key,
        ["data"] = FieldValueWrapper.Wrap(fieldType, value)
    };
}
