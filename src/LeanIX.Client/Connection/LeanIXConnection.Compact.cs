using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXConnection
{
    /// <summary>
    /// One <c>allFactSheets</c> page read straight into compact fact sheets (the preload's path): the body goes
    /// into a pooled buffer as it arrives and <see cref="CompactJsonReader"/> reads it once, with no string or DOM
    /// of it. The same errors as <see cref="GraphQLAsync{T}"/>: any <c>errors</c> raise, even next to data (D17).
    /// </summary>
    internal async Task<CompactPage> CompactFactSheetPageAsync(string query, JsonObject variables, CompactJsonPool pool, CancellationToken cancellationToken)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var (_, operation) = GraphQLOperation.Describe(query);
        var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }, Wire.JsonObject);
        return await SendAsync(HttpMethod.Post, new Uri(ws.InstanceUrl, PathfinderGraphQL), body, idempotent: true, operation,
            async (content, ct) =>
            {
                var buffer = await PooledBody.ReadAsync(content, ct).ConfigureAwait(false);
                try
                {
                    return ReadCompactPage(buffer.Span, pool, operation);
                }
                finally
                {
                    buffer.Dispose();
                }
            }, cancellationToken).ConfigureAwait(false);
    }

    private CompactPage ReadCompactPage(ReadOnlySpan<byte> body, CompactJsonPool pool, string operation)
    {
        object? root;
        try
        {
            root = new CompactJsonReader(pool).Read(body);
        }
        catch (JsonException)
        {
            throw GraphQLResponseReader.Failure(body, operation, RedactorFor(null));
        }
        // D17: errors, even with partial data, fail the request; Failure reads them from the redacted text.
        var response = CompactJson.AsObject(root);
        if (response is not { } r || r.Object("data") is not { } data || HasErrors(r["errors"]))
            throw GraphQLResponseReader.Failure(body, operation, RedactorFor(null));
        var connection = data.Object("allFactSheets")
            ?? throw new LeanIXRequestFailedException("allFactSheets returned no connection.", "GraphQL query AllFactSheets");
        var nodes = new List<CompactObject>();
        foreach (var edge in CompactJson.Items(connection["edges"]))
            if (CompactJson.AsObject(edge)?.Object("node") is { } node) nodes.Add(node);
        var pageInfo = connection.Object("pageInfo");
        var next = pageInfo?["hasNextPage"] is true && pageInfo.Value["endCursor"] is string { Length: > 0 } cursor ? cursor : null;
        var total = connection["totalCount"] is CompactNumber n && long.TryParse(n.Text, out var t) ? t : (long?)null;
        return new CompactPage(nodes, next, total, body.Length);
    }

    private static bool HasErrors(object? errors) => errors is not null && (!CompactJson.IsArray(errors) || CompactJson.Items(errors).Length > 0);
}

/// <summary>A page of compact fact sheets, with the bytes it took.</summary>
internal sealed record CompactPage(IReadOnlyList<CompactObject> Nodes, string? ContinuationToken, long? TotalCount, long Bytes);
