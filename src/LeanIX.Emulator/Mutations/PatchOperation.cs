namespace LeanIX.Emulator.Mutations;

/// <summary>
/// One JSON-patch-like operation (graphql.md §3.1, D20). <see cref="Op"/> is <c>add</c>, <c>replace</c>
/// or <c>remove</c> (any case); <see cref="Value"/> is always a string, JSON-encoded for complex values.
/// </summary>
public sealed record PatchOperation(string Op, string Path, string? Value);
