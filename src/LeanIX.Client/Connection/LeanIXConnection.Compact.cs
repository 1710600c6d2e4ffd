using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXConnection
{
    /// <summary>
    /// One <c>allFactSheets</c> page read straight into compact fact sheets (the preload's path): the body is parsed
    /// by <see cref="CompactJsonReader"/> as it arrives, through a small pooled window, with no string or DOM of it and
    /// never the whole page in memory next to what is built from it. The same errors as <see cref="GraphQLAsync{T}"/>:
    /// any <c>errors</c> raise, even next to data (D17).
    /// </summary>
    internal async Task<CompactPage> CompactFactSheetPageAsync(string query, JsonObject variables, CompactJsonPool pool, CancellationToken cancellationToken)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var (_, operation) = GraphQLOperation.Describe(query);
        var body = Body(query, variables);
        return await SendAsync(HttpMethod.Post, new Uri(ws.InstanceUrl, PathfinderGraphQL), body, idempotent: true, operation,
            (content, ct) => ReadCompactPageAsync(content, pool, operation, ct), cancellationToken,
            completion: HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
    }

    /// <summary>The request body, with the variables written as they are: a preload's id batches are not copied for it.</summary>
    private static byte[] Body(string query, JsonObject variables)
    {
        var buffer = new ArrayBufferWriter<byte>(query.Length + 64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WritePropertyName("variables");
            variables.WriteTo(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private async Task<CompactPage> ReadCompactPageAsync(HttpContent content, CompactJsonPool pool, string operation, CancellationToken cancellationToken)
    {
        // The body is read after the pipeline's timeout let go of the request: the same limit holds for it here.
        using var timeout = Options.Timeout > TimeSpan.Zero ? new CancellationTokenSource(Options.Timeout, Clock) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var reader = new CompactJsonReader(pool);
        object? root;
        byte[]? window = null;
        try
        {
            var stream = await content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
                root = await reader.ReadAsync(stream, bytes => window = bytes.ToArray(), linked.Token).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Only the bytes around the error are at hand: enough to quote, redacted, in the error.
            throw GraphQLResponseReader.Failure(window ?? [], operation, RedactorFor(null));
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LeanIXRequestFailedException($"{operation}: no answer within {Options.Timeout.TotalSeconds:0.#} s.", operation, inner: e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new LeanIXRequestFailedException($"{operation}: the response broke off: {RedactorFor(null).Apply(e.Message)}", operation, inner: e);
        }
        // D17: errors, even with partial data, fail the request; Failure reads them from the redacted text.
        var response = CompactJson.AsObject(root);
        if (response is not { } r || r.Object("data") is not { } data || HasErrors(r["errors"]))
            throw GraphQLResponseReader.Failure(JsonSerializer.SerializeToUtf8Bytes(CompactJson.ToNode(root), Wire.JsonNode), operation, RedactorFor(null));
        var connection = data.Object("allFactSheets")
            ?? throw new LeanIXRequestFailedException("allFactSheets returned no connection.", "GraphQL query AllFactSheets");
        var nodes = new List<CompactObject>();
        foreach (var value in CompactJson.EdgeNodes(connection["edges"]))
            if (CompactJson.AsObject(value) is { } node) nodes.Add(node);
        var pageInfo = connection.Object("pageInfo");
        var next = pageInfo?["hasNextPage"] is true && pageInfo.Value["endCursor"] is string { Length: > 0 } cursor ? cursor : null;
        var total = connection["totalCount"] is CompactNumber n && long.TryParse(n.Text, out var t) ? t : (long?)null;
        return new CompactPage(nodes, next, total, reader.BytesRead);
    }

    private static bool HasErrors(object? errors) => errors is not null && (!CompactJson.IsArray(errors) || CompactJson.Items(errors).Length > 0);
}

/// <summary>A page of compact fact sheets, with the bytes it took.</summary>
internal sealed record CompactPage(IReadOnlyList<CompactObject> Nodes, string? ContinuationToken, long? TotalCount, long Bytes);
