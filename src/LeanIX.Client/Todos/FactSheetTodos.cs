namespace LeanIX.Client.Todos;

/// <summary>The seed's <c>FactSheet.todos()</c>: a fact sheet stays a loaded snapshot, so reading its to-dos is an async call.</summary>
public static class FactSheetTodos
{
    /// <summary>The open and in-progress to-dos of this fact sheet (or those in <paramref name="states"/>), through its client.</summary>
    public static Task<IReadOnlyList<Todo>> TodosAsync(this FactSheet factSheet, IEnumerable<string>? states = null, IEnumerable<string>? categories = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return factSheet.Client.Todos.ForFactSheetAsync(factSheet, states, categories, cancellationToken);
    }
}
