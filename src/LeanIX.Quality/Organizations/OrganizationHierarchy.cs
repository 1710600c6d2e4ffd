using LeanIX.Client;
using LeanIX.Quality.Configuration;

namespace LeanIX.Quality.Organizations;

/// <summary>
/// Builds the organisation tree from preloaded fact sheets. The organisation type is detected from the data model:
/// <c>Organization</c> when the workspace has it (v4), else <c>UserGroup</c> (v3, datamodel.md §"meta model versions").
/// Parents come from <c>relToParent</c>; responsibility from the configured relations (default: to <c>Application</c>).
/// </summary>
public static class OrganizationHierarchy
{
    /// <summary>The organisation type of <paramref name="model"/>, or null when it has neither.</summary>
    public static string? DetectType(LeanIXDataModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Types.ContainsKey("Organization") ? "Organization" : model.Types.ContainsKey("UserGroup") ? "UserGroup" : null;
    }

    /// <summary>The relation keys used for responsibility, checked against the model (a wrong key names <c>organizations.responsibilityRelations</c>).</summary>
    public static IReadOnlyList<string> ResponsibilityRelations(LeanIXDataModel model, string organizationType, OrganizationOptions options)
    {
        var type = model.Type(organizationType);
        if (options.ResponsibilityRelations is { } configured)
        {
            foreach (var key in configured)
                if (!type.Relations.ContainsKey(key))
                    throw new QualityConfigurationException("organizations.responsibilityRelations",
                        $"'{key}' is not a relation of {organizationType}. Known relations: {string.Join(", ", type.Relations.Keys.Order(StringComparer.Ordinal))}.");
            return configured;
        }
        return type.Relations.Values.Where(r => r.TargetType == "Application").Select(r => r.Key).ToList();
    }

    /// <summary>Every organisation, roots first then by depth and name; relations read from memory only.</summary>
    public static IReadOnlyList<Organization> Build(LeanIXDataModel model, IEnumerable<FactSheet> factSheets, OrganizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new OrganizationOptions();
        var organizationType = DetectType(model);
        if (organizationType is null) return [];
        var relations = ResponsibilityRelations(model, organizationType, options);
        var units = factSheets.Where(f => f.Type == organizationType).ToDictionary(f => f.Id, f => new Organization(f));
        var hasParentRelation = model.Type(organizationType).Relations.ContainsKey("relToParent");
        foreach (var unit in units.Values)
        {
            if (hasParentRelation && unit.FactSheet.Relations("relToParent").FirstOrDefault() is { } parent && units.TryGetValue(parent.TargetId, out var parentUnit))
            {
                unit.Parent = parentUnit;
                parentUnit.AddChild(unit);
            }
            unit.ResponsibleFor = relations
                .SelectMany(key => unit.FactSheet.Relations(key))
                .Where(r => options.UsageTypes is null || r.Field("usageType").AsStrings().Any(u => options.UsageTypes.Contains(u, StringComparer.OrdinalIgnoreCase)))
                .Where(r => r.FactSheet.Status == "ACTIVE")
                .Select(r => r.FactSheet).DistinctBy(f => f.Id).ToList();
        }
        foreach (var unit in units.Values) unit.SortChildren();
        return units.Values.OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }
}
