using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using LeanIX.Emulator.Graph.Errors;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Builds <c>{"data":…,"errors":[…]}</c> in the D17 shapes. D77: without errors, <c>"errors": null</c>
/// stands next to <c>data</c> (scripts test <c>result["errors"] is None</c>, a missing key fails them).
/// </summary>
public static class ResponseWriter
{
    public static JsonObject Write(ExecutionResult result, GraphContext context, GraphQLSerializer serializer)
    {
        var errors = result.Errors?.ToList() ?? [];
        result.Errors = null;
        var data = result.Executed ? JsonNode.Parse(serializer.Serialize(result))?["data"]?.DeepClone() : null;
        var body = new JsonObject { ["data"] = data, ["errors"] = null };
        if (errors.Count == 0) return body;

        var formatted = new JsonArray();
        foreach (var error in errors)
        {
            var entry = ErrorFormatter.Format(error);
            if (entry["message"]?.GetValue<string>() is { } message && InternalNames.Hide(message) is var shown && !ReferenceEquals(shown, message))
                entry["message"] = shown;
            formatted.Add(entry);
        }
        // D17: two or more top-level mutation fields are all-or-nothing.
        if (context.MutationFields.Count >= 2)
        {
            body["data"] = null;
            formatted.Add(ErrorFormatter.RolledBack());
        }
        if (errors.All(ValidationMessages.IsValidation)) body["data"] = null;
        body["errors"] = formatted;
        return body;
    }
}
