using System.Text.Json;

namespace LeanIX.Client.Events;

/// <summary>The relation object of RELATION_* events (webhooks.md §7).</summary>
public sealed record EventRelation
{
    /// <summary>The relation id.</summary>
    public Guid Id { get; init; }

    /// <summary>The relation name from the <c>from</c> side, e.g. <c>relApplicationToITComponent</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The <c>from</c> fact sheet.</summary>
    public Guid FromId { get; init; }

    /// <summary>The <c>to</c> fact sheet.</summary>
    public Guid ToId { get; init; }

    /// <summary>The <c>from</c> fact sheet type.</summary>
    public string? TypeFromFS { get; init; }

    /// <summary>The <c>to</c> fact sheet type.</summary>
    public string? TypeToFS { get; init; }

    /// <summary>The display name of the <c>to</c> fact sheet.</summary>
    public string? DisplayNameToFS { get; init; }

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string? Status { get; init; }

    /// <summary>Relation fields as <c>{name, data}</c>.</summary>
    public IReadOnlyList<EventRelationField> Fields { get; init; } = [];

    /// <summary>Fields marked "not applicable".</summary>
    public IReadOnlyList<JsonElement> NaFields { get; init; } = [];

    /// <summary>Read ACL entries.</summary>
    public IReadOnlyList<JsonElement> PermittedReadACL { get; init; } = [];

    /// <summary>Constraining relations.</summary>
    public IReadOnlyList<JsonElement> ConstrainingRelations { get; init; } = [];

    /// <summary>Start of validity (a top-level member, not a field; D-section E).</summary>
    public string? ActiveFrom { get; init; }

    /// <summary>End of validity.</summary>
    public string? ActiveUntil { get; init; }
}

/// <summary>One relation field: its name and the typed value as raw JSON (<c>{"type":"DoubleValue","value":1200.0}</c>).</summary>
public sealed record EventRelationField
{
    /// <summary>The field name.</summary>
    public string? Name { get; init; }

    /// <summary>The value.</summary>
    public JsonElement? Data { get; init; }
}

/// <summary>One end of a relation in <c>fromDetails</c>/<c>toDetails</c>.</summary>
public sealed record RelationEndDetails
{
    /// <summary>The fact sheet at this end.</summary>
    public RelationEndFactSheet? FactSheetInfos { get; init; }

    /// <summary>The relation name as seen from this end (<c>relToChild</c> from the parent, <c>relToParent</c> from the child).</summary>
    public string? EffectiveRelationName { get; init; }
}

/// <summary>The fact sheet at one relation end.</summary>
public sealed record RelationEndFactSheet
{
    /// <summary>The fact sheet type.</summary>
    public string? Type { get; init; }

    /// <summary>The fact sheet id and revision.</summary>
    public FactSheetIdAndRev? IdAndRev { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }
}
