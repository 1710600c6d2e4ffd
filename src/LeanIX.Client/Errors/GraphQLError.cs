namespace LeanIX.Client;

/// <summary>One entry of a GraphQL <c>errors</c> array (D17).</summary>
/// <param name="Message">The service's message.</param>
/// <param name="Path">The response path, e.g. the mutation alias.</param>
/// <param name="ErrorType"><c>extensions.errorType</c>: MODEL_COMPLIANT or BUSINESS_LOGIC, null for validation errors.</param>
/// <param name="ObjectId"><c>extensions.objectId</c>, the affected id.</param>
/// <param name="ObjectPath"><c>extensions.objectPath</c>, e.g. the patch path.</param>
public sealed record GraphQLError(string Message, IReadOnlyList<string> Path, string? ErrorType, string? ObjectId, string? ObjectPath)
{
    /// <inheritdoc />
    public override string ToString() =>
        (ErrorType is null ? "" : $"[{ErrorType}] ") + Message + (Path.Count > 0 ? $" (at {string.Join('.', Path)})" : "");
}
