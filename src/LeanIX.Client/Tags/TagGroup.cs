namespace LeanIX.Client;

/// <summary>A tag group with every member the workspace reports (D13, D73).</summary>
/// <param name="Id">The group id.</param>
/// <param name="Name">The group name (unique in the workspace, case-insensitively).</param>
/// <param name="ShortName">The short name.</param>
/// <param name="Description">The description.</param>
/// <param name="Mode">SINGLE (one tag per fact sheet) or MULTIPLE.</param>
/// <param name="Mandatory">Whether the group is marked mandatory (data only, not enforced: D74).</param>
/// <param name="RestrictToFactSheetTypes">Types its tags may be put on; empty = all.</param>
/// <param name="MandatoryForFactSheetTypes">Types for which the group is mandatory.</param>
/// <param name="TagCount">How many tags the group holds (D73).</param>
public sealed record TagGroup(
    Guid Id, string Name, string? ShortName, string? Description, string Mode, bool Mandatory,
    IReadOnlyList<string> RestrictToFactSheetTypes, IReadOnlyList<string> MandatoryForFactSheetTypes, int TagCount);

/// <summary>A tag with its group (null for an ungrouped tag) and its usage (D73).</summary>
/// <param name="Id">The tag id.</param>
/// <param name="Name">The tag name.</param>
/// <param name="Description">The description.</param>
/// <param name="Color">The colour, <c>#rrggbb</c>.</param>
/// <param name="Status">ACTIVE or ARCHIVED.</param>
/// <param name="Group">The group, or null.</param>
/// <param name="FactSheetCount">How many ACTIVE fact sheets carry the tag.</param>
/// <param name="Deletable">Whether <see cref="TagsClient.DeleteTagAsync"/> would succeed (<c>FactSheetCount == 0</c>, D89).</param>
public sealed record Tag(Guid Id, string Name, string? Description, string? Color, string Status, TagGroup? Group, int FactSheetCount, bool Deletable);
