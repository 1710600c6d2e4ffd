using LeanIX.Client.Todos;

namespace LeanIX.Client.Wire;

/// <summary>ToDoCreate (admin.md §4.2); <c>mailNotification</c> asks the service to e-mail the assignees [I].</summary>
internal sealed record TodoCreateWire(IdWire FactSheet, string Title, string? Description, string Category, IReadOnlyList<IdWire> Assignees,
    DateOnly? DueDate, string? ExternalId, bool? MailNotification);

/// <summary>The <c>todo</c> of an upsert entry: only members that are set are sent.</summary>
internal sealed record TodoPatchWire(string? Title = null, string? Description = null, DateOnly? DueDate = null, IReadOnlyList<IdWire>? Assignees = null,
    string? Category = null, string? State = null);

/// <summary><c>{"query": ToDoQuery}</c> of <c>/query</c> and <c>/delete</c>.</summary>
internal sealed record TodoQueryWire(TodoQuery Query);

/// <summary>One entry of <c>/upsert</c>.</summary>
internal sealed record TodoUpsertEntryWire(TodoQuery Query, TodoPatchWire Todo);

/// <summary>D50: a list under <c>data</c> (a script also saw <c>content</c>).</summary>
internal sealed record TodoListWire(List<Todo>? Data, List<Todo>? Content, long? Total);

/// <summary>D50: one to-do under <c>data</c> (or <c>content</c>).</summary>
internal sealed record TodoOneWire(Todo? Data, Todo? Content);

/// <summary>The body of <c>replyAndClose</c>.</summary>
internal sealed record TodoReplyWire(string Reply);

/// <summary>The optional body of <c>reject</c>.</summary>
internal sealed record TodoRejectWire(string? Reason);
