namespace LeanIX.Client.Todos;

/// <summary>A to-do to create (the ToDoCreate body, admin.md §4.2).</summary>
public sealed record NewTodo
{
    /// <summary>The fact sheet it is about (required).</summary>
    public required string FactSheetId { get; init; }

    /// <summary>The headline (required).</summary>
    public required string Title { get; init; }

    /// <summary>Plain text.</summary>
    public string? Description { get; init; }

    /// <summary>One of <see cref="TodoCategory"/>; ACTION_ITEM when left out.</summary>
    public string Category { get; init; } = TodoCategory.ActionItem;

    /// <summary>User ids to assign.</summary>
    public IReadOnlyList<string> AssigneeIds { get; init; } = [];

    /// <summary>When it is due.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Due this many days from today (the client's clock, UTC) when <see cref="DueDate"/> is not set (the seed's <c>due_days</c>).</summary>
    public int? DueDays { get; init; }

    /// <summary>Your key for finding it again.</summary>
    public string? ExternalId { get; init; }
}
