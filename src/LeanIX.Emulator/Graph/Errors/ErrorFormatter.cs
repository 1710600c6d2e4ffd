using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using LeanIX.Emulator.Mutations;

namespace LeanIX.Emulator.Graph.Errors;

/// <summary>Turns graphql-dotnet errors into the D17 wire shapes.</summary>
public static class ErrorFormatter
{
    public static JsonObject Format(ExecutionError error)
    {
        var result = new JsonObject();
        if (ValidationMessages.IsValidation(error))
        {
            result["message"] = ValidationMessages.Format(error);
            result["locations"] = Locations(error);
            return result;
        }
        var business = error as BusinessError ?? FromException(error);
        result["message"] = business?.Message ?? Unwrap(error).Message;
        result["path"] = Path(error);
        result["locations"] = Locations(error);
        if (business is not null)
        {
            result["extensions"] = new JsonObject
            {
                ["errorType"] = business.ErrorType,
                ["entityType"] = business.EntityType,
                ["objectId"] = business.ObjectId,
                ["objectPath"] = business.ObjectPath
            };
        }
        return result;
    }

    /// <summary>D17: the closing entry of a failed batch of mutations.</summary>
    public static JsonObject RolledBack() => new()
    {
        ["message"] = "Error in Request. Transaction is rolled back!",
        ["path"] = new JsonArray(),
        ["extensions"] = new JsonObject { ["errorType"] = "BUSINESS_LOGIC" }
    };

    private static BusinessError? FromException(ExecutionError error) => Unwrap(error) switch
    {
        MutationException m => new BusinessError(m.Message, m.ErrorType, m.EntityType, m.ObjectId, m.ObjectPath),
        BusinessError b => b,
        _ => null
    };

    private static Exception Unwrap(ExecutionError error) =>
        error is UnhandledError { InnerException: { } inner } ? inner : error;

    private static JsonArray? Locations(ExecutionError error) =>
        error.Locations is { Count: > 0 } locations
            ? new JsonArray(locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column }).ToArray())
            : null;

    private static JsonArray? Path(ExecutionError error) =>
        error.Path is { } path
            ? new JsonArray(path.Select(p => p switch { int i => JsonValue.Create(i), _ => (JsonNode?)JsonValue.Create(p?.ToString()) }).ToArray())
            : null;
}
