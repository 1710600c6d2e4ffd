namespace LeanIX.Client;

/// <summary>A tag group (D13).</summary>
/// <param name="Id">The group id.</param>
/// <param name="Name">The group name.</param>
/// <param name="ShortName">The short name.</param>
/// <param name="Mode">SINGLE or MULTIPLE.</param>
/// <param name="RestrictToFactSheetTypes">Types its tags may be put on; empty = all.</param>
public sealed record TagGroup(Guid Id, string Name, string? ShortName, string Mode, IReadOnlyList<string> RestrictToFactSheetTypes);

/// <summary>A tag with its group (null for an ungrouped tag).</summary>
/// <param name="Id">The tag id.</param>
/// <param name="Name">The tag name.</param>
/// <param name="Description">The description.</param>
/// <param name="Color">The colour.</param>
/// <param name="Status">ACTIVE or ARCHIVED.</param>
/// <param name="Group">The group, or null.</param>
public sealed record Tag(Guid Id, string Name, string? Description, string? Color, string Status, TagGroup? Group);
