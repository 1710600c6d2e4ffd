using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Authentication;
using LeanIX.Client.Wire;
using Microsoft.Extensions.Logging;

namespace LeanIX.Client;

/// <summary>
/// The one way to the workspace: every area client sends through it. It owns the HTTP pipeline (retry,
/// bearer token, rate limit), workspace detection from the access token, GraphQL, error translation and
/// the typed (de)serialisation of wire objects. Thread-safe; <c>lx.Connection</c> also serves raw calls.
/// </summary>
public sealed partial class LeanIXConnection
{
    /// <summary>The <see cref="ActivitySource"/> every request is traced with.</summary>
    public static readonly ActivitySource ActivitySource = new("LeanIX.Client");

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly AccessTokenProvider _tokens;
    private readonly ILogger _logger;
    private WorkspaceInfo? _workspace;

    internal LeanIXConnection(LeanIXClientOptions options, HttpClient http, AccessTokenProvider tokens, TimeProvider clock, ILogger logger)
    {
        Options = options;
        _http = http;
        _tokens = tokens;
        Clock = clock;
        _logger = logger;
    }

    /// <summary>The resolved options (environment defaults applied). The API token is never printed.</summary>
    public LeanIXClientOptions Options { get; }

    /// <summary>The clock of token renewal and run markers (a fake one in tests).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The detected workspace, or null before the first request.</summary>
    public WorkspaceInfo? Workspace => _workspace;

    internal static LeanIXJsonContext Wire => LeanIXJsonContext.Default;

    /// <summary>
    /// Exchanges the API token and reads the workspace from it. Fails with
    /// <see cref="LeanIXAuthenticationException"/> when the token is refused or belongs to another
    /// workspace than <see cref="LeanIXClientOptions.Workspace"/>.
    /// </summary>
    public async Task<WorkspaceInfo> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var info = token.Workspace;
        if (Options.Workspace is { Length: > 0 } expected && !string.Equals(expected, info.WorkspaceName, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(expected, info.WorkspaceId.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new LeanIXAuthenticationException(
                $"The API token belongs to workspace '{info.WorkspaceName}' ({info.WorkspaceId}), but workspace '{expected}' was configured.",
                AccessTokenProvider.Operation, errorCode: "WORKSPACE_MISMATCH");
        }
        _workspace = info;
        return info;
    }

    /// <summary>The detected workspace; connects on first use.</summary>
    public async ValueTask<WorkspaceInfo> GetWorkspaceAsync(CancellationToken cancellationToken = default) =>
        _workspace ?? await ConnectAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The workspace's web URL (<c>{instanceUrl}/{workspaceName}</c>), for links in e-mails; connects on first use.</summary>
    public async Task<string> GetWorkspaceUrlAsync(CancellationToken cancellationToken = default)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        return new Uri(ws.InstanceUrl, Uri.EscapeDataString(ws.WorkspaceName)).ToString();
    }

    /// <summary>
    /// Sends a request to any LeanIX REST path (<c>/services/…</c>, relative to the instance URL) and
    /// returns the parsed JSON body, or null for an empty body. GET is retried on transient faults.
    /// </summary>
    public async Task<JsonNode?> RequestAsync(string path, HttpMethod? method = null, JsonNode? body = null,
        IReadOnlyDictionary<string, string?>? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        method ??= HttpMethod.Get;
        var bytes = await SendAsync(method, path, body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, Wire.JsonNode), query, cancellationToken).ConfigureAwait(false);
        return bytes.Length == 0 ? null : ParseNode(bytes, Describe(method, path), RedactorFor(null));
    }

    /// <summary>
    /// Sends a REST request and reads the body as <typeparamref name="T"/>; an empty body is an error. <c>secrets</c> are
    /// values of the request that must not reach an error message (a webhook's authorization header).
    /// </summary>
    internal async Task<T> SendAsync<T>(HttpMethod method, string path, JsonTypeInfo<T> responseType, byte[]? body = null,
        IReadOnlyDictionary<string, string?>? query = null, CancellationToken cancellationToken = default, IReadOnlyList<string>? secrets = null)
    {
        var bytes = await SendAsync(method, path, body, query, cancellationToken, secrets).ConfigureAwait(false);
        return Read(bytes, responseType, Describe(method, path), RedactorFor(secrets));
    }

    /// <summary>Sends a REST request whose answer only matters by its status.</summary>
    internal async Task SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken) =>
        await SendAsync(method, path, body, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Serialises a request body through the wire context.</summary>
    internal static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    private async Task<byte[]> SendAsync(HttpMethod method, string path, byte[]? body, IReadOnlyDictionary<string, string?>? query,
        CancellationToken cancellationToken, IReadOnlyList<string>? secrets = null)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        // Refused here, before anything is sent; BearerTokenHandler refuses again in case a URL gets past this.
        var uri = InstanceUrls.Resolve(ws.InstanceUrl, path, QueryString(query));
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
        return await SendAsync(method, uri, body, idempotent, Describe(method, path), cancellationToken, secrets).ConfigureAwait(false);
    }

    private Task<byte[]> SendAsync(HttpMethod method, Uri uri, byte[]? json, bool idempotent, string operation, CancellationToken cancellationToken,
        IReadOnlyList<string>? secrets = null) =>
        SendAsync(method, uri, json, idempotent, operation, static (content, ct) => content.ReadAsByteArrayAsync(ct), cancellationToken, secrets);

    /// <summary>Sends a request; a success body is read by <paramref name="readSuccess"/> (the preload parses it as it comes), any other is translated.</summary>
    private async Task<TResult> SendAsync<TResult>(HttpMethod method, Uri uri, byte[]? json, bool idempotent, string operation,
        Func<HttpContent, CancellationToken, Task<TResult>> readSuccess, CancellationToken cancellationToken, IReadOnlyList<string>? secrets = null,
        RawParts? raw = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var activity = ActivitySource.StartActivity(operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", method.Method);
        activity?.SetTag("url.path", uri.AbsolutePath);
        using var request = new HttpRequestMessage(method, uri);
        if (json is not null) request.Content = new ByteArrayContent(json) { Headers = { ContentType = Json } };
        else if (raw?.Content is { } content) request.Content = content;
        foreach (var (name, value) in raw?.Headers ?? new Dictionary<string, string>())
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
        request.Options.Set(LeanIXRequestOptions.Idempotent, idempotent);
        HttpResponseMessage response;
        try
        {
            // ResponseHeadersRead hands the body over as it arrives (the preload parses it so; a raw download streams it).
            if (raw?.Streamed == true) completion = HttpCompletionOption.ResponseHeadersRead;
            response = await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new LeanIXRequestFailedException($"{operation}: cannot reach {InstanceUrls.Origin(uri)}: {RedactorFor(secrets).Apply(e.Message)}", operation, inner: e);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            throw new LeanIXRequestFailedException($"{operation}: no answer within {Options.Timeout.TotalSeconds:0.#} s.", operation, inner: e);
        }
        using (response)
        {
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                var result = await readSuccess(response.Content, cancellationToken).ConfigureAwait(false);
                LogResponse(operation, (int)response.StatusCode);
                return result;
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            LogResponse(operation, (int)response.StatusCode);
            activity?.SetStatus(ActivityStatusCode.Error, response.StatusCode.ToString());
            // Redacted before the exception exists, so it keeps its type and data and no secret is in it (D2 bodies may echo input).
            throw ErrorTranslator.FromResponse(response, bytes, operation, Clock, RedactorFor(secrets));
        }
    }

    /// <summary>What must not reach a message about this request: the API token, the access token and the request's own secrets.</summary>
    internal Redactor RedactorFor(IReadOnlyList<string>? secrets) => new([Options.ApiToken, _tokens.CurrentValue, .. secrets ?? []]);

    private static string Describe(HttpMethod method, string path) => $"{method} /{path.TrimStart('/').Split('?')[0]}";

    /// <summary>Reads a body as a wire type; a body that is not that shape is a <see cref="LeanIXRequestFailedException"/>.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> bytes, JsonTypeInfo<T> type, string operation, Redactor? redactor = null)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type)
                ?? throw new LeanIXRequestFailedException($"{operation}: the response is empty.", operation);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new LeanIXRequestFailedException(
                $"{operation}: the response is not the expected JSON ({e.Message}): {(redactor ?? Redactor.None).Excerpt(System.Text.Encoding.UTF8.GetString(bytes), 200)}", operation, inner: e);
        }
    }

    /// <summary>Reads an element of a response (an envelope's <c>data</c>, a GraphQL <c>data</c>) as a wire type.</summary>
    internal static T Read<T>(JsonElement element, JsonTypeInfo<T> type, string operation, Redactor? redactor = null)
    {
        try
        {
            return element.Deserialize(type) ?? throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new LeanIXRequestFailedException(
                $"{operation}: the response is not the expected JSON ({e.Message}): {(redactor ?? Redactor.None).Excerpt(RawText(element), 200)}", operation, inner: e);
        }
    }

    private static JsonNode? ParseNode(ReadOnlySpan<byte> bytes, string operation, Redactor redactor)
    {
        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new LeanIXRequestFailedException(
                $"{operation}: the response is not JSON ({e.Message}): {redactor.Excerpt(System.Text.Encoding.UTF8.GetString(bytes), 200)}", operation, inner: e);
        }
    }

    // Invalid UTF-8 inside a JSON string passes the reader and fails only when the string is transcoded (InvalidOperationException).
    private static bool IsUnreadable(Exception e) => e is JsonException or InvalidOperationException or FormatException;

    private static string RawText(JsonElement element)
    {
        try { return element.GetRawText(); }
        catch (InvalidOperationException) { return "(not UTF-8)"; }
    }

    private static string QueryString(IReadOnlyDictionary<string, string?>? query)
    {
        if (query is null || query.Count == 0) return "";
        return "?" + string.Join('&', query.Where(kv => kv.Value is not null)
            .Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value!)));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} answered {Status}")]
    private partial void LogResponse(string operation, int status);
}
