using GraphQL;

namespace LeanIX.Emulator.Graph.Errors;

/// <summary>
/// An error with the D17 <c>extensions {errorType, entityType, objectId, objectPath}</c>. Thrown from
/// resolvers; graphql-dotnet adds an <see cref="ExecutionError"/> as it is, with path and location.
/// </summary>
public sealed class BusinessError(string message, string errorType, string? entityType, string? objectId, string? objectPath)
    : ExecutionError(message)
{
    public string ErrorType { get; } = errorType;
    public string? EntityType { get; } = entityType;
    public string? ObjectId { get; } = objectId;
    public string? ObjectPath { get; } = objectPath;

    /// <summary>A query-side rejection (bad cursor, unknown facet or sort key): BUSINESS_LOGIC (D17, D35).</summary>
    public static BusinessError Query(string message) => new(message, "BUSINESS_LOGIC", null, null, null);
}
