namespace LeanIX.Client.Todos;

/// <summary>What <see cref="TodosClient.CreateOrUpdateTodoAsync"/> did.</summary>
/// <param name="Todo">The to-do that now stands: the one kept, or the one created.</param>
/// <param name="Created">Whether a new to-do was created.</param>
/// <param name="Deleted">How many matching to-dos were deleted to make way for it.</param>
public sealed record TodoUpsertResult(Todo Todo, bool Created, int Deleted);
