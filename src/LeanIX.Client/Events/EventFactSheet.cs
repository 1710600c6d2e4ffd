using System.Text.Json;

namespace LeanIX.Client.Events;

/// <summary>
/// The REST-shaped fact sheet embedded in CREATED/UPDATED events (webhooks.md §7, D29). Lists whose contents the
/// docs do not pin down stay raw JSON; D29 says clients must not rely on <c>relations</c>, <c>documents</c>,
/// <c>subscriptions</c> or <c>milestones</c> being filled.
/// </summary>
public sealed record EventFactSheet
{
    /// <summary>The fact sheet id.</summary>
    public Guid Id { get; init; }

    /// <summary>The revision after the change.</summary>
    public long Rev { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The fact sheet type.</summary>
    public string? Type { get; init; }

    /// <summary>The hierarchy level (1 = top).</summary>
    public int? Level { get; init; }

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string? Status { get; init; }

    /// <summary>The quality seal state (DRAFT, APPROVED, BROKEN_QUALITY_SEAL…).</summary>
    public string? LxState { get; init; }

    /// <summary>The name with its parents.</summary>
    public string? FullName { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The description (the emulator always emits it, possibly null; D29).</summary>
    public string? Description { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last update time.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The fields, as REST lists them.</summary>
    public IReadOnlyList<JsonElement> Fields { get; init; } = [];

    /// <summary>Fields marked "not applicable".</summary>
    public IReadOnlyList<JsonElement> NaFields { get; init; } = [];

    /// <summary>The tags with their groups (REST <c>Tag</c> keys, D29).</summary>
    public IReadOnlyList<EventTag> Tags { get; init; } = [];

    /// <summary>Relations (may be empty, D29).</summary>
    public IReadOnlyList<JsonElement> Relations { get; init; } = [];

    /// <summary>Documents (may be empty, D29).</summary>
    public IReadOnlyList<JsonElement> Documents { get; init; } = [];

    /// <summary>Subscriptions (may be empty, D29).</summary>
    public IReadOnlyList<JsonElement> Subscriptions { get; init; } = [];

    /// <summary>Milestones (may be empty, D29).</summary>
    public IReadOnlyList<JsonElement> Milestones { get; init; } = [];

    /// <summary>The completion score tree.</summary>
    public EventCompletion? Completion { get; init; }

    /// <summary>Read ACL entries.</summary>
    public IReadOnlyList<JsonElement> PermittedReadACL { get; init; } = [];

    /// <summary>Write ACL entries.</summary>
    public IReadOnlyList<JsonElement> PermittedWriteACL { get; init; } = [];

    /// <summary>Whether the fact sheet is excluded from the quota.</summary>
    public bool LxExcludeFromQuota { get; init; }
}

/// <summary>A completion node (<c>SectionCompletion</c> or <c>ConcreteCompletion</c>).</summary>
public sealed record EventCompletion
{
    /// <summary>The node kind.</summary>
    public string? Type { get; init; }

    /// <summary>Completion between 0 and 1.</summary>
    public double Completion { get; init; }

    /// <summary>Completion in percent.</summary>
    public double Percentage { get; init; }

    /// <summary>The weight of this node.</summary>
    public double TotalWeight { get; init; }

    /// <summary>The weighted sum of its children.</summary>
    public double WeightedSum { get; init; }

    /// <summary>Child nodes by section key.</summary>
    public IReadOnlyDictionary<string, EventCompletion>? SubCompletions { get; init; }
}

/// <summary>A tag in a REST-shaped payload (D29: <c>bgColor</c>, not GraphQL's <c>color</c>).</summary>
public sealed record EventTag
{
    /// <summary>The tag id.</summary>
    public Guid Id { get; init; }

    /// <summary>The tag name.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The colour, e.g. <c>#2a7ab0</c>.</summary>
    public string? BgColor { get; init; }

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string? Status { get; init; }

    /// <summary>The tag group, or null for an ungrouped tag.</summary>
    public EventTagGroup? TagGroup { get; init; }
}

/// <summary>A tag group in a REST-shaped payload (D29).</summary>
public sealed record EventTagGroup
{
    /// <summary>The tag group id.</summary>
    public Guid Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The short name.</summary>
    public string? ShortName { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>SINGLE or MULTIPLE.</summary>
    public string? Mode { get; init; }

    /// <summary>Whether a tag from this group is mandatory.</summary>
    public bool? Mandatory { get; init; }

    /// <summary>Fact sheet types the group applies to (empty = all).</summary>
    public IReadOnlyList<string> RestrictToFactSheetTypes { get; init; } = [];
}
