namespace LeanIX.Client;

/// <summary>A workspace feature (admin.md §6, RUBY-PF Feature).</summary>
/// <param name="Id">The dotted feature id, e.g. <c>collaboration.notifications</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">FUNCTIONAL or QUOTA.</param>
/// <param name="Description">The description.</param>
/// <param name="Status">ENABLED or DISABLED.</param>
/// <param name="Group">BETA, PRODUCTIVE, LEGACY, CUSTOMER or EXCEPTION.</param>
/// <param name="Quota">The limit of a QUOTA feature.</param>
/// <param name="Roles">The roles the feature is for.</param>
/// <param name="Customized">Whether the workspace changed it.</param>
public sealed record Feature(string Id, string? Name, string? Type, string? Description, string? Status, string? Group, int? Quota,
    IReadOnlyList<string>? Roles, bool? Customized)
{
    /// <summary>Whether the feature is switched on.</summary>
    public bool IsEnabled => string.Equals(Status, "ENABLED", StringComparison.OrdinalIgnoreCase);
}
