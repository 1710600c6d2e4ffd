using System.Text.Json;

namespace LeanIX.Client.Events;

/// <summary><c>FACT_SHEET_CREATED</c>: the new fact sheet, REST-shaped (D29).</summary>
public sealed record FactSheetCreatedEvent : LeanIXEvent
{
    /// <summary>The created fact sheet.</summary>
    public EventFactSheet? FactSheet { get; init; }

    /// <summary>Whether the fact sheet was created as a copy of another.</summary>
    public bool ClonedFactSheet { get; init; }
}

/// <summary><c>FACT_SHEET_UPDATED</c>: the fact sheet after the change, REST-shaped (D29); relation changes also emit it (D28).</summary>
public sealed record FactSheetUpdatedEvent : LeanIXEvent
{
    /// <summary>The fact sheet after the change.</summary>
    public EventFactSheet? FactSheet { get; init; }
}

/// <summary><c>FACT_SHEET_VIEWED</c>: someone opened the fact sheet (no transaction sequence number).</summary>
public sealed record FactSheetViewedEvent : LeanIXEvent
{
    /// <summary>The viewed fact sheet.</summary>
    public Guid FactSheetId { get; init; }
}

/// <summary><c>FACT_SHEET_ARCHIVED</c>: the fact sheet and every fact sheet archived with it (children).</summary>
public sealed record FactSheetArchivedEvent : FactSheetReferenceEvent
{
    /// <summary>The reason the user gave.</summary>
    public string? Comment { get; init; }

    /// <summary>Every fact sheet the archive touched, the archived one included.</summary>
    public IReadOnlyList<FactSheetIdAndRev> AffectedFactSheetIdAndRev { get; init; } = [];
}

/// <summary><c>FACT_SHEET_RECOVERED</c> (shape inferred, webhooks.md §7).</summary>
public sealed record FactSheetRecoveredEvent : FactSheetReferenceEvent
{
    /// <summary>The reason the user gave.</summary>
    public string? Comment { get; init; }
}

/// <summary><c>FACT_SHEET_DELETED</c>: a hard delete (shape inferred; the emulator never emits it, D28).</summary>
public sealed record FactSheetDeletedEvent : FactSheetReferenceEvent;

/// <summary><c>FACT_SHEET_FIELD_UPDATED</c>: one field, with the values before and after as raw JSON.</summary>
public sealed record FactSheetFieldUpdatedEvent : FactSheetReferenceEvent
{
    /// <summary>The field's JSON path, e.g. <c>/externalId</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The value before the change (shape depends on the field type).</summary>
    public JsonElement? OldValue { get; init; }

    /// <summary>The value after the change.</summary>
    public JsonElement? NewValue { get; init; }
}

/// <summary>Common members of <c>FACT_SHEET_TAG_ADDED</c> and <c>FACT_SHEET_TAG_REMOVED</c>.</summary>
public abstract record FactSheetTagEvent : FactSheetReferenceEvent
{
    /// <summary>The tag id.</summary>
    public Guid? TagId { get; init; }

    /// <summary>The tag name.</summary>
    public string? TagName { get; init; }

    /// <summary>The tag group name, or null for an ungrouped tag.</summary>
    public string? TagGroupName { get; init; }
}

/// <summary><c>FACT_SHEET_TAG_ADDED</c>.</summary>
public sealed record FactSheetTagAddedEvent : FactSheetTagEvent;

/// <summary><c>FACT_SHEET_TAG_REMOVED</c> (shape inferred).</summary>
public sealed record FactSheetTagRemovedEvent : FactSheetTagEvent;
