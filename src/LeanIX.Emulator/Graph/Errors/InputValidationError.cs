using GraphQL;

namespace LeanIX.Emulator.Graph.Errors;

/// <summary>
/// A request error found only while resolving (e.g. an unknown fact sheet type inside a facet's string
/// keys) that LeanIX reports like a schema validation error: D17 shape, message and locations, no extensions.
/// </summary>
public sealed class InputValidationError(string kind, string detail) : ExecutionError($"Validation error of type {kind}: {detail}");
