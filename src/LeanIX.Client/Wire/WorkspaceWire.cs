namespace LeanIX.Client.Wire;

/// <summary>A tag group (D13, D73).</summary>
internal sealed record TagGroupWire(
    string? Id, string? Name, string? ShortName, string? Description, string? Mode, bool? Mandatory,
    List<string>? RestrictToFactSheetTypes, List<string>? MandatoryForFactSheetTypes, int? TagCount);

/// <summary>A tag as <c>allTags</c> lists it (D13, D73).</summary>
internal sealed record TagWire(
    string? Id, string? Name, string? Description, string? Color, string? Status, IdWire? TagGroup, int? FactSheetCount, bool? Deletable);

/// <summary><c>data</c> of the tags query.</summary>
internal sealed record TagsQueryWire(ConnectionWire<TagGroupWire>? AllTagGroups, ConnectionWire<TagWire>? AllTags);

/// <summary><c>data</c> of the tag writes (D16, D82): each answers the written object's id.</summary>
internal sealed record TagWritesWire(IdWire? UpsertTagGroup, IdWire? UpsertTag, IdWire? DeleteTag, IdWire? DeleteTagGroup,
    IdWire? CreateTagGroup = null, IdWire? CreateTag = null);

/// <summary>A subscription role (D14).</summary>
internal sealed record SubscriptionRoleWire(string? Id, string? Name, string? Description, string? SubscriptionType,
    List<string>? RestrictToFactSheetTypes = null, List<string>? MandatoryForFactSheetTypes = null);

/// <summary><c>data</c> of the roles query.</summary>
internal sealed record SubscriptionRolesQueryWire(ConnectionWire<SubscriptionRoleWire>? AllSubscriptionRoles);

/// <summary>A workspace user as MTM lists it (D34).</summary>
internal sealed record MtmUserWire(
    string? Id, string? UserName, string? Email, string? FirstName, string? LastName, string? DisplayName,
    string? Role, string? Status, bool? TechnicalUser, DateTimeOffset? LastLogin, List<MtmPermissionWire?>? Permissions);

/// <summary>A user's permission in the workspace.</summary>
internal sealed record MtmPermissionWire(string? Role, string? Status);
