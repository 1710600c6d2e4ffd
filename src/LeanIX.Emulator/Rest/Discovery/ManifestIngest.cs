using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Discovery;

/// <summary>
/// D64: a manifest creates or updates the microservice fact sheet with its external id, through the same mutation layer as
/// GraphQL (events, rev). The type is <c>Microservice</c> where the data model has it, else <c>Application</c> with
/// <c>category: microservice</c>. Referenced applications, teams and tag groups must exist (admin.md §12.2 [C]); relations and
/// tags are added, never removed. Which relation links a microservice to its application or team is not documented; the
/// emulator takes the first of its preferred keys the model has (<see cref="ApplicationRelations"/>, <see cref="TeamRelations"/>).
/// </summary>
public static class ManifestIngest
{
    private const string ExternalIdField = "externalId";
    private static readonly string[] ApplicationRelations = ["relMicroserviceToApplication", "relToParent"];
    private static readonly string[] TeamRelations = ["relMicroserviceToTeam", "relApplicationToOrganization", "relMicroserviceToOrganization"];

    public static (FactSheet FactSheet, bool Created) Apply(WorkspaceTransaction tx, MicroserviceManifest manifest)
    {
        var definition = tx.Model.Type("Microservice") ?? tx.Model.Type("Application")
            ?? throw new RestInputException("The data model has neither a Microservice nor an Application type.", field: "metadata");
        var existing = tx.FactSheets.All.FirstOrDefault(fs => fs.IsActive && fs.Type == definition.Key && ExternalId(fs, ExternalIdField) == manifest.ExternalId);
        var patches = new List<PatchOperation>();
        if (existing is not null && existing.Name != manifest.Name) patches.Add(new("replace", "/name", manifest.Name));
        if (manifest.Description is not null) patches.Add(new("replace", "/description", manifest.Description));
        if (existing is null && definition.Field(ExternalIdField) is { Type: FieldType.ExternalId })
            patches.Add(new("replace", "/" + ExternalIdField, new JsonObject { ["externalId"] = manifest.ExternalId }.ToJsonString()));
        if (definition.Key == "Application" && definition.Field("category") is { } category && category.Values.Contains("microservice"))
            patches.Add(new("replace", "/category", "microservice"));
        patches.AddRange(TagPatches(tx, manifest, existing));
        patches.AddRange(RelationPatches(tx, definition, existing, manifest.Applications, ApplicationRelations, "Application", "applications"));
        patches.AddRange(RelationPatches(tx, definition, existing, manifest.Teams, TeamRelations, null, "teams"));
        try
        {
            if (existing is null) return (FactSheetMutations.Create(tx, definition.Key, manifest.Name, patches), true);
            return (patches.Count == 0 ? existing : FactSheetMutations.Update(tx, existing.Id, null, patches, "Microservice manifest"), false);
        }
        catch (MutationException e)
        {
            throw new RestInputException($"The manifest cannot be applied: {e.Message}", e.ObjectPath, "metadata");
        }
    }

    private static IEnumerable<PatchOperation> TagPatches(WorkspaceTransaction tx, MicroserviceManifest manifest, FactSheet? existing)
    {
        var ids = new List<Guid>();
        foreach (var (groupName, tagName) in manifest.Tags)
        {
            var group = tx.TagGroups.All.FirstOrDefault(g => string.Equals(g.Name, groupName, StringComparison.OrdinalIgnoreCase))
                ?? throw new RestInputException($"The tag group '{groupName}' does not exist; create it before ingesting the manifest.", groupName, "metadata.tags");
            var tag = tx.Tags.All.FirstOrDefault(t => t.TagGroupId == group.Id && string.Equals(t.Name, tagName, StringComparison.OrdinalIgnoreCase))
                ?? throw new RestInputException($"The tag '{tagName}' does not exist in tag group '{groupName}'.", tagName, "metadata.tags");
            if (existing?.TagIds.Contains(tag.Id) != true && !ids.Contains(tag.Id)) ids.Add(tag.Id);
        }
        if (ids.Count == 0) return [];
        return [new("add", "/tags", new JsonArray(ids.Select(id => (JsonNode?)new JsonObject { ["tagId"] = id.ToString("D") }).ToArray()).ToJsonString())];
    }

    private static IEnumerable<PatchOperation> RelationPatches(WorkspaceTransaction tx, FactSheetTypeDefinition definition, FactSheet? existing,
        IReadOnlyList<FactSheetReference> references, string[] preferred, string? farType, string what)
    {
        if (references.Count == 0) return [];
        var relation = preferred.Select(definition.Relation).FirstOrDefault(r => r is not null && (farType is null || r.Far.FactSheetType == farType))
            ?? throw new RestInputException($"The data model has no relation from {definition.Key} for '{what}'.", what, $"metadata.{what}");
        var patches = new List<PatchOperation>();
        var related = existing is null ? [] : RelationMutations.Active(tx, existing.Id, relation).Select(r => RelationMutations.Far(r, relation)).ToHashSet();
        foreach (var reference in references)
        {
            var target = Resolve(tx, reference, relation.Far.FactSheetType);
            if (!related.Add(target.Id)) continue;
            patches.Add(new("add", $"/{relation.Key}/new_{what}_{patches.Count}", new JsonObject { ["factSheetId"] = target.Id.ToString("D") }.ToJsonString()));
        }
        return patches;
    }

    /// <summary>admin.md §12.2: factSheetId › externalId › name; the fact sheet must exist and be active.</summary>
    private static FactSheet Resolve(IWorkspaceView view, FactSheetReference reference, string type)
    {
        var found = reference.FactSheetId is { } id ? view.FactSheets.Get(id)
            : reference.ExternalId is { } ext ? view.FactSheets.All.FirstOrDefault(fs => fs.IsActive && fs.Type == type && ExternalId(fs, reference.ExternalIdField!) == ext)
            : view.FactSheets.All.FirstOrDefault(fs => fs.IsActive && fs.Type == type && fs.Name == reference.Name);
        return found is { IsActive: true } && found.Type == type
            ? found
            : throw new RestInputException($"'{reference.Where}': no active {type} with {reference} exists.", reference.ToString(), reference.Where);
    }

    private static string? ExternalId(FactSheet fs, string field) => JsonInput.AsString(fs.Field(field)?["externalId"]);
}
