using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

public sealed partial class LeanIXConnection
{
    private const string PathfinderGraphQL = "services/pathfinder/v1/graphql";
    private const string MtmGraphQL = "services/mtm/v1/graphql";

    /// <summary>
    /// Runs a Pathfinder GraphQL request and returns <c>data</c>. Any <c>errors</c> raise
    /// <see cref="LeanIXBusinessException"/>, even when HTTP is 200 and data is partial (D17).
    /// Queries are retried on transient faults; mutations are not. Pass user data as <paramref name="variables"/>.
    /// </summary>
    public async Task<JsonNode> GraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var (data, operation) = await GraphQLDataAsync(PathfinderGraphQL, query, ToNode(variables), cancellationToken).ConfigureAwait(false);
        return Read(data, Wire.JsonNode, operation, RedactorFor(null));
    }

    /// <summary>Runs a request against the MTM GraphQL endpoint (<c>/services/mtm/v1/graphql</c>) and returns <c>data</c>.</summary>
    public async Task<JsonNode> MtmGraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var (data, operation) = await GraphQLDataAsync(MtmGraphQL, query, ToNode(variables), cancellationToken).ConfigureAwait(false);
        return Read(data, Wire.JsonNode, operation, RedactorFor(null));
    }

    /// <summary>Runs a Pathfinder GraphQL request and reads <c>data</c> as <typeparamref name="T"/>.</summary>
    internal async Task<T> GraphQLAsync<T>(string query, JsonNode? variables, JsonTypeInfo<T> dataType, CancellationToken cancellationToken)
    {
        var (data, operation) = await GraphQLDataAsync(PathfinderGraphQL, query, variables, cancellationToken).ConfigureAwait(false);
        return Read(data, dataType, operation, RedactorFor(null));
    }

    private async Task<(JsonElement Data, string Operation)> GraphQLDataAsync(string path, string query, JsonNode? variables, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var (isMutation, operation) = GraphQLOperation.Describe(query);
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = variables.Parent is null ? variables : variables.DeepClone();
        var bytes = await SendAsync(HttpMethod.Post, new Uri(ws.InstanceUrl, path), JsonSerializer.SerializeToUtf8Bytes(body, Wire.JsonObject),
            idempotent: !isMutation, operation, cancellationToken).ConfigureAwait(false);
        return (GraphQLResponseReader.Data(bytes, operation, RedactorFor(null)), operation);
    }

    private static JsonNode? ToNode(object? variables) => variables switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        // Callers' own variable objects (anonymous types, dictionaries) are theirs to shape; reflection reads them.
        _ => JsonSerializer.SerializeToNode(variables, variables.GetType())
    };
}
