namespace LeanIX.Quality.Reports;

/// <summary>The result of <see cref="DataCompletenessPerOrganization"/>: one row per organisation plus the whole workspace.</summary>
public sealed record DataCompletenessReport
{
    /// <summary>When the workspace was read.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The workspace's web address.</summary>
    public required string WorkspaceUrl { get; init; }

    /// <summary>The organisation type (<c>UserGroup</c> or <c>Organization</c>).</summary>
    public required string OrganizationType { get; init; }

    /// <summary>Every fact sheet checked (all types), as one row.</summary>
    public required OrganizationQuality Workspace { get; init; }

    /// <summary>The organisations in tree order (each followed by its children).</summary>
    public required IReadOnlyList<OrganizationQuality> Organizations { get; init; }

    /// <summary>Every gap found, with a deep link to its fact sheet.</summary>
    public required IReadOnlyList<ReportGap> Gaps { get; init; }

    /// <summary>The gap codes that occur, sorted.</summary>
    public IReadOnlyList<string> Codes => Gaps.Select(g => g.Gap.Code).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>A gap with the link to its fact sheet and the organisations directly responsible for it.</summary>
/// <param name="Gap">The gap.</param>
/// <param name="Link">The fact sheet's page.</param>
/// <param name="Organizations">The organisations directly responsible for the fact sheet (names).</param>
public sealed record ReportGap(QualityGap Gap, string Link, IReadOnlyList<string> Organizations);
