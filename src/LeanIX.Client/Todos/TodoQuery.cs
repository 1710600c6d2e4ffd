namespace LeanIX.Client.Todos;

/// <summary>Which to-dos a query, close or delete means (ToDoQuery, admin.md §4.2): each list given must contain the to-do's value.</summary>
public sealed record TodoQuery
{
    /// <summary>These to-dos.</summary>
    public IReadOnlyList<string>? TodoIds { get; init; }

    /// <summary>To-dos with these external ids.</summary>
    public IReadOnlyList<string>? ExternalIds { get; init; }

    /// <summary>To-dos on these fact sheets.</summary>
    public IReadOnlyList<string>? FactSheetIds { get; init; }

    /// <summary>To-dos in these states (<see cref="TodoState"/>).</summary>
    public IReadOnlyList<string>? States { get; init; }

    /// <summary>To-dos of these categories (<see cref="TodoCategory"/>).</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>To-dos assigned to any of these users.</summary>
    public IReadOnlyList<string>? AssigneeIds { get; init; }
}
