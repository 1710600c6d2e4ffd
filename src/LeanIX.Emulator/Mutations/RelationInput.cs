using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// The JSON value of a relation patch (D22): <c>factSheetId</c> (required), <c>activeFrom</c>,
/// <c>activeUntil</c>, <c>description</c> and the relation definition's fields, typed JSON.
/// Omitted members are null, because an update replaces all attributes (D22).
/// </summary>
internal sealed record RelationInput(
    Guid TargetId, string? ActiveFrom, string? ActiveUntil, string? Description, Dictionary<string, JsonNode?> Fields)
{
    private static readonly HashSet<string> BaseMembers = new(StringComparer.Ordinal)
        { "factSheetId", "activeFrom", "activeUntil", "description" };

    public static RelationInput Parse(DirectionalRelation relation, PatchOperation patch, Guid? relationId)
    {
        const string entity = MutationEntityType.Relation;
        var path = patch.Path;
        var obj = JsonInput.ParseObject(patch.Value, entity, relationId, path);
        var targetText = JsonInput.AsString(obj["factSheetId"]);
        if (string.IsNullOrWhiteSpace(targetText))
            throw MutationException.ModelCompliant(entity, relationId, path, $"The value of '{path}' needs a 'factSheetId'.");
        if (!Guid.TryParse(targetText, out var targetId))
            throw MutationException.ModelCompliant(entity, relationId, path, $"The target fact sheet '{targetText}' does not exist.");

        var from = JsonInput.ParseDate(obj["activeFrom"], "activeFrom", entity, relationId, path);
        var until = JsonInput.ParseDate(obj["activeUntil"], "activeUntil", entity, relationId, path);
        // YYYY-MM-DD compares correctly as text.
        if (from is not null && until is not null && string.CompareOrdinal(from, until) > 0)
            throw MutationException.ModelCompliant(entity, relationId, path,
                $"activeFrom {from} must not be after activeUntil {until}.");

        var descriptionNode = obj["description"];
        var description = JsonInput.AsString(descriptionNode);
        if (descriptionNode is not null && description is null)
            throw MutationException.ModelCompliant(entity, relationId, path, "'description' must be a string.");

        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, node) in obj)
        {
            if (BaseMembers.Contains(key)) continue;
            if (!relation.Definition.Fields.TryGetValue(key, out var field))
                throw MutationException.ModelCompliant(entity, relationId, path,
                    $"Field '{key}' is not defined for relation '{relation.Key}'.");
            if (FieldValues.FromRelationJson(field, node, entity, relationId, path) is { } value) fields[key] = value;
        }
        return new RelationInput(targetId, from, until, string.IsNullOrEmpty(description) ? null : description, fields);
    }
}
