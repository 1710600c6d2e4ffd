namespace LeanIX.Client.Todos;

/// <summary>
/// The fields <see cref="TodosClient.CreateOrUpdateTodoAsync"/> compares (the seed's <c>unique_fields</c> and
/// <c>variable_fields</c>): a to-do is the same when these agree.
/// </summary>
public enum TodoField
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The text.</summary>
    Description,

    /// <summary>The category.</summary>
    Category,

    /// <summary>The due date.</summary>
    DueDate,

    /// <summary>The set of assignees (order does not matter).</summary>
    Assignees,

    /// <summary>The external id.</summary>
    ExternalId
}
