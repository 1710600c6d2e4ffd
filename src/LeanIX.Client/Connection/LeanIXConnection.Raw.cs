using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

// Raw requests beyond JSON in, JSON out: extra headers, a page limit, streamed downloads and multipart uploads. They go
// through the same pipeline as every call (retry of idempotent requests, token renewal on 401, redaction of secrets).
public sealed partial class LeanIXConnection
{
    /// <summary>
    /// <see cref="RequestAsync(string, HttpMethod?, JsonNode?, IReadOnlyDictionary{string, string?}?, CancellationToken)"/> with
    /// extra headers and a page limit (<see cref="RestRequestOptions"/>).
    /// </summary>
    public async Task<JsonNode?> RequestAsync(string path, HttpMethod method, JsonNode? body, IReadOnlyDictionary<string, string?>? query,
        RestRequestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxPages is < 1) throw new ArgumentOutOfRangeException(nameof(options), options.MaxPages, "MaxPages is at least 1.");
        var headers = CheckHeaders(options.Headers);
        var json = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, Wire.JsonNode);
        var first = await RawJsonAsync(method, path, json, query, headers, cancellationToken).ConfigureAwait(false);
        if (options.MaxPages is not > 1 || first is not JsonObject envelope || envelope["data"] is not JsonArray data) return first;
        var page = query?.GetValueOrDefault("page") is { } p && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var last = envelope;
        var lastCount = data.Count;
        for (var read = 1; read < options.MaxPages; read++)
        {
            var next = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>());
            if (Cursor(last) is { } cursor) next["cursor"] = cursor;
            else if (lastCount > 0 && last["total"] is JsonValue total && total.TryGetValue<long>(out var t) && data.Count < t)
                next["page"] = (++page).ToString(CultureInfo.InvariantCulture);
            else break;
            if (await RawJsonAsync(method, path, json, next, headers, cancellationToken).ConfigureAwait(false) is not JsonObject more
                || more["data"] is not JsonArray items || items.Count == 0) break;
            lastCount = items.Count;
            foreach (var item in items.ToList())
            {
                items.Remove(item);
                data.Add(item);
            }
            last = more;
        }
        // The joined list ends where the last page read ends.
        if (envelope.ContainsKey("endCursor")) envelope["endCursor"] = Cursor(last);
        return envelope;
    }

    /// <summary>
    /// A GET whose answer is a file, copied to <paramref name="destination"/> as it arrives (not held in memory). Error answers
    /// are translated like any other call's; the file name and media type come from the answer's headers.
    /// </summary>
    public async Task<RestDownload> DownloadAsync(string path, Stream destination, IReadOnlyDictionary<string, string?>? query = null,
        RestRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(destination);
        var headers = CheckHeaders(options?.Headers);
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var uri = InstanceUrls.Resolve(ws.InstanceUrl, path, QueryString(query));
        return await SendAsync(HttpMethod.Get, uri, null, idempotent: true, Describe(HttpMethod.Get, path), async (content, ct) =>
        {
            await using var source = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            long copied = 0;
            var buffer = new byte[81920];
            int count;
            while ((count = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, count), ct).ConfigureAwait(false);
                copied += count;
            }
            var disposition = content.Headers.ContentDisposition;
            var name = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
            return new RestDownload(name, content.Headers.ContentType?.MediaType, copied);
        }, cancellationToken, Secrets(headers), new RawParts(null, headers, Streamed: true)).ConfigureAwait(false);
    }

    /// <summary>
    /// A multipart/form-data request (POST unless <paramref name="method"/> says otherwise), e.g. a document file through
    /// <c>/services/pathfinder/v1/graphql/upload</c>; returns the parsed JSON answer, or null for an empty one.
    /// </summary>
    public async Task<JsonNode?> UploadAsync(string path, IReadOnlyList<MultipartPart> parts, HttpMethod? method = null,
        IReadOnlyDictionary<string, string?>? query = null, RestRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("An upload needs at least one part.", nameof(parts));
        method ??= HttpMethod.Post;
        var headers = CheckHeaders(options?.Headers);
        var form = new MultipartFormDataContent();
        foreach (var part in parts)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(part.Name, nameof(parts));
            if (part.FileName is null) form.Add(part.ToContent(), part.Name);
            else form.Add(part.ToContent(), part.Name, part.FileName);
        }
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var uri = InstanceUrls.Resolve(ws.InstanceUrl, path, QueryString(query));
        var operation = Describe(method, path);
        var bytes = await SendAsync(method, uri, null, idempotent: false, operation, static (content, ct) => content.ReadAsByteArrayAsync(ct),
            cancellationToken, Secrets(headers), new RawParts(form, headers, Streamed: false)).ConfigureAwait(false);
        return bytes.Length == 0 ? null : ParseNode(bytes, operation, RedactorFor(Secrets(headers)));
    }

    private async Task<JsonNode?> RawJsonAsync(HttpMethod method, string path, byte[]? json, IReadOnlyDictionary<string, string?>? query,
        IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var uri = InstanceUrls.Resolve(ws.InstanceUrl, path, QueryString(query));
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
        var operation = Describe(method, path);
        var bytes = await SendAsync(method, uri, json, idempotent, operation, static (content, ct) => content.ReadAsByteArrayAsync(ct),
            cancellationToken, Secrets(headers), new RawParts(null, headers, Streamed: false)).ConfigureAwait(false);
        return bytes.Length == 0 ? null : ParseNode(bytes, operation, RedactorFor(Secrets(headers)));
    }

    private static string? Cursor(JsonObject envelope) =>
        (envelope["endCursor"] ?? envelope["cursor"]) is JsonValue v && v.TryGetValue<string>(out var c) && c.Length > 0 ? c : null;

    /// <summary>The bearer token is the connection's: a caller's Authorization header would bypass renewal and leak into logs.</summary>
    private static IReadOnlyDictionary<string, string>? CheckHeaders(IReadOnlyDictionary<string, string>? headers)
    {
        if (headers is null) return null;
        foreach (var name in headers.Keys)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(headers));
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException("The Authorization header is the connection's own; it cannot be set per request.", nameof(headers));
        }
        return headers;
    }

    // Header values may be credentials of another system (a webhook's key); very short ones are kept, as redacting "1" would
    // garble every message.
    private static IReadOnlyList<string>? Secrets(IReadOnlyDictionary<string, string>? headers) =>
        headers is null ? null : headers.Values.Where(v => v.Length >= 8).ToList();
}
