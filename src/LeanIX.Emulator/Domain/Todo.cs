namespace LeanIX.Emulator.Domain;

/// <summary>
/// A to-do on a fact sheet (admin.md §4.2, D49–D51). Closed to-dos are kept until deleted; <see cref="Resolution"/> tells
/// how a closed one ended.
/// </summary>
public sealed class Todo : IEntity<Todo>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary><c>ACTION_ITEM</c>, <c>ANSWER</c>, <c>APPROVAL</c>, <c>LINK</c> or <c>IMPORT</c>.</summary>
    public string Category { get; set; } = "ACTION_ITEM";

    /// <summary><c>OPEN</c>, <c>IN_PROGRESS</c> or <c>CLOSED</c>.</summary>
    public string State { get; set; } = "OPEN";

    /// <summary><c>ACCEPTED</c>, <c>REJECTED</c>, <c>REVERTED</c> or null.</summary>
    public string? Resolution { get; set; }
    public List<Guid> AssigneeIds { get; set; } = [];
    public Guid? OwnerId { get; set; }
    public Guid? CreatorId { get; set; }

    /// <summary><c>YYYY-MM-DD</c> (D51).</summary>
    public string? DueDate { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>The answer of an ANSWER to-do (<c>replyAndClose</c>), or a rejection's reason.</summary>
    public string? Reply { get; set; }

    /// <summary>Whether the creator asked for the assignees to be told by e-mail (the emulator sends none).</summary>
    public bool MailNotification { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Todo Clone()
    {
        var copy = (Todo)MemberwiseClone();
        copy.AssigneeIds = [.. AssigneeIds];
        return copy;
    }
}
