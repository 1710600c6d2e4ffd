using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>Checks on a D17 business error of one top-level mutation field.</summary>
internal static class GraphMutationAssert
{
    /// <summary>Asserts <c>data.&lt;field&gt;</c> is null and the one error carries <paramref name="errorType"/>; returns the error.</summary>
    public static JsonNode BusinessError(JsonNode response, string field, string errorType = "BUSINESS_LOGIC")
    {
        Assert.Null(response["data"]?[field]);
        var errors = response["errors"]!.AsArray();
        var error = Assert.Single(errors)!;
        Assert.Equal(errorType, (string?)error["extensions"]!["errorType"]);
        Assert.Equal(field, (string?)error["path"]![0]);
        return error;
    }
}
