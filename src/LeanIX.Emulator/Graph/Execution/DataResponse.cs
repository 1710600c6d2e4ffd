using GraphQL;
using GraphQL.SystemTextJson;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// The body of an error-free result, serialized once straight from graphql-dotnet's execution tree into a byte
/// buffer (issue 15). Going through a string, a JsonNode DOM, a deep clone and a second string cost more than
/// serving a page; the bytes are the same: <c>{"data":…,"errors":null}</c> (D77), written with the wire encoder.
/// </summary>
public static class DataResponse
{
    private static readonly byte[] ErrorsNull = ",\"errors\":null}"u8.ToArray();

    /// <summary>True when <paramref name="result"/> takes this path: executed, and no error to format (D17).</summary>
    public static bool Applies(ExecutionResult result) => result.Executed && result.Errors is not { Count: > 0 };

    /// <summary>The serializer's <c>{"data":…}</c> with <c>"errors":null</c> appended in place of its closing brace.</summary>
    public static async Task<MemoryStream> SerializeAsync(ExecutionResult result, GraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        result.Errors = null;
        result.Extensions = null;
        var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        buffer.SetLength(buffer.Length - 1); // the closing brace of the top-level object
        buffer.Write(ErrorsNull);
        buffer.Position = 0;
        return buffer;
    }
}
