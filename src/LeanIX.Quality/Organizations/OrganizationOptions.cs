namespace LeanIX.Quality.Organizations;

/// <summary>How organisations are read from the workspace (configuration section <c>organizations</c>).</summary>
public sealed record OrganizationOptions
{
    /// <summary>
    /// Relation keys from the organisation type to the fact sheets it is responsible for; null = the relation to
    /// <c>Application</c> (<c>relUserGroupToApplication</c> in v3, <c>relOrganizationToApplication</c> in v4).
    /// </summary>
    public IReadOnlyList<string>? ResponsibilityRelations { get; init; }

    /// <summary>
    /// Only relations whose <c>usageType</c> holds one of these values count (datamodel.md: <c>user</c>, <c>owner</c>);
    /// null = every relation.
    /// </summary>
    public IReadOnlyList<string>? UsageTypes { get; init; }
}
