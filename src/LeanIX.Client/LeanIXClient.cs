using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeanIX.Client;

/// <summary>
/// The entry point to a LeanIX workspace. An API token is all it needs: the host, workspace and
/// user are detected from the access token (auth.md §3). Thread-safe; one instance per workspace.
/// </summary>
public sealed partial class LeanIXClient : IDisposable
{
    /// <summary>The <see cref="ActivitySource"/> every request is traced with.</summary>
    public static readonly ActivitySource ActivitySource = new("LeanIX.Client");

    private readonly HttpClient _http;
    private readonly AccessTokenProvider _tokens;
    private readonly ILogger _logger;
    private readonly IDisposable? _ownedServices;
    private WorkspaceInfo? _workspace;

    /// <summary>
    /// Connects with an API token (default <c>LEANIX_API_TOKEN</c>) at a host (default <c>LEANIX_HOST</c>, else
    /// app.leanix.net). With only <paramref name="workspace"/>, the token comes from the user config file
    /// (<see cref="WorkspaceConfigFile"/>): <c>new LeanIXClient(workspace: "AcmeProduction")</c>.
    /// </summary>
    public LeanIXClient(string? apiToken = null, string? host = null, string? workspace = null)
        : this(apiToken is null && host is null && workspace is not null
            ? WorkspaceConfigFile.Load(workspace)
            : new LeanIXClientOptions { ApiToken = apiToken, Host = host, Workspace = workspace }) { }

    /// <summary>
    /// Connects to a workspace named in the user config file (<see cref="WorkspaceConfigFile"/>); the token
    /// must belong to that workspace.
    /// </summary>
    public static LeanIXClient ForWorkspace(string workspace, string? configPath = null) => new(WorkspaceConfigFile.Load(workspace, configPath));

    /// <summary>Connects with explicit options.</summary>
    public LeanIXClient(LeanIXClientOptions options) : this(BuildServices(options)) { }

    private LeanIXClient(ServiceProvider services) : this(services.GetRequiredService<LeanIXClient>(), services) { }

    private LeanIXClient(LeanIXClient built, ServiceProvider services)
        : this(built.Options, built._http, built._tokens, built._logger, services) { }

    internal LeanIXClient(LeanIXClientOptions options, HttpClient http, AccessTokenProvider tokens, ILogger logger, IDisposable? ownedServices)
    {
        Options = options;
        _http = http;
        _tokens = tokens;
        _logger = logger;
        _ownedServices = ownedServices;
    }

    /// <summary>The resolved options (environment defaults applied). The API token is never printed.</summary>
    public LeanIXClientOptions Options { get; }

    private static ServiceProvider BuildServices(LeanIXClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = options.Resolve();
        var services = new ServiceCollection();
        services.AddLeanIX(o =>
        {
            o.ApiToken = resolved.ApiToken; o.Host = resolved.Host; o.Workspace = resolved.Workspace; o.Caching = resolved.Caching;
            o.MaxRetries = resolved.MaxRetries; o.RetryDelay = resolved.RetryDelay; o.Timeout = resolved.Timeout;
            o.RequestsPerMinute = resolved.RequestsPerMinute; o.UserAgent = resolved.UserAgent; o.TokenRenewalLeadTime = resolved.TokenRenewalLeadTime;
        });
        return services.BuildServiceProvider();
    }

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

    /// <summary>The workspace's web URL (<c>{instanceUrl}/{workspaceName}</c>), for links in e-mails.</summary>
    public string GetWorkspaceUrl()
    {
        var ws = _workspace ?? ConnectAsync().GetAwaiter().GetResult();
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
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var uri = new Uri(ws.InstanceUrl, path.TrimStart('/') + QueryString(query));
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
        var (_, text) = await SendAsync(method, uri, body?.ToJsonString(), idempotent, $"{method} /{path.TrimStart('/')}", cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? null : ParseJson(text, $"{method} /{path.TrimStart('/')}");
    }

    /// <summary>
    /// Runs a Pathfinder GraphQL request and returns <c>data</c>. Any <c>errors</c> raise
    /// <see cref="LeanIXBusinessException"/>, even when HTTP is 200 and data is partial (D17).
    /// Queries are retried on transient faults; mutations are not.
    /// </summary>
    public Task<JsonNode> GraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default) =>
        GraphQLAsync("services/pathfinder/v1/graphql", query, variables, cancellationToken);

    /// <summary>Runs a request against the MTM GraphQL endpoint (<c>/services/mtm/v1/graphql</c>).</summary>
    public Task<JsonNode> MtmGraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default) =>
        GraphQLAsync("services/mtm/v1/graphql", query, variables, cancellationToken);

    private async Task<JsonNode> GraphQLAsync(string path, string query, object? variables, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var operation = GraphQLOperation.Describe(query);
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
            body["variables"] = variables as JsonNode ?? JsonSerializer.SerializeToNode(variables, variables.GetType());
        var (_, text) = await SendAsync(HttpMethod.Post, new Uri(ws.InstanceUrl, path), body.ToJsonString(),
            idempotent: !operation.IsMutation, operation.Name, cancellationToken).ConfigureAwait(false);
        var result = ParseJson(text, operation.Name);
        if (result?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var list = errors.Select(GraphQLError.From).ToList();
            throw new LeanIXBusinessException(
                $"{operation.Name} failed: {string.Join("; ", list.Select(e => e.ToString()))}", operation.Name, list);
        }
        return result?["data"] ?? throw new LeanIXRequestFailedException($"{operation.Name} returned no data.", operation.Name, HttpStatusCode.OK);
    }

    /// <summary>
    /// Every fact sheet matching the arguments, following <c>allFactSheets</c> cursors page by page
    /// (D8: the client pages with <c>first: 1000</c>). <paramref name="selection"/> is the node selection,
    /// e.g. <c>id name type ... on Application { lifecycle { asString } }</c>.
    /// </summary>
    public async IAsyncEnumerable<JsonNode> AllFactSheetsAsync(string selection = "id name type", string? factSheetType = null,
        JsonNode? filter = null, int pageSize = 1000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(pageSize), "LeanIX pages hold 1 to 10000 fact sheets (D8).");
        var query = $$"""
            query AllFactSheets($first: Int, $after: String, $filter: FilterInput{{(factSheetType is null ? "" : ", $type: FactSheetType")}}) {
              allFactSheets(first: $first, after: $after, filter: $filter{{(factSheetType is null ? "" : ", factSheetType: $type")}}) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { {{selection}} } }
              }
            }
            """;
        string? after = null;
        while (true)
        {
            var variables = new JsonObject { ["first"] = pageSize, ["after"] = after, ["filter"] = filter?.DeepClone() };
            if (factSheetType is not null) variables["type"] = factSheetType;
            var data = await GraphQLAsync(query, variables, cancellationToken).ConfigureAwait(false);
            var connection = data["allFactSheets"]!;
            foreach (var edge in connection["edges"] as JsonArray ?? [])
                if (edge?["node"] is { } node) yield return node;
            var pageInfo = connection["pageInfo"];
            if (pageInfo?["hasNextPage"]?.GetValue<bool>() != true) yield break;
            after = pageInfo["endCursor"]?.GetValue<string>();
            if (after is null) yield break;
        }
    }

    private async Task<(HttpResponseMessage Response, string Text)> SendAsync(HttpMethod method, Uri uri, string? json, bool idempotent,
        string operation, CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.StartActivity(operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", method.Method);
        activity?.SetTag("url.path", uri.AbsolutePath);
        using var request = new HttpRequestMessage(method, uri);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        request.Options.Set(LeanIXRequestOptions.Idempotent, idempotent);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new LeanIXRequestFailedException($"{operation}: cannot reach {uri.GetLeftPart(UriPartial.Authority)}: {Redact(e.Message)}", operation, inner: e);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            throw new LeanIXRequestFailedException($"{operation}: no answer within {Options.Timeout.TotalSeconds:0.#} s.", operation, inner: e);
        }
        using (response)
        {
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            LogResponse(operation, (int)response.StatusCode);
            if (response.IsSuccessStatusCode) return (response, text);
            activity?.SetStatus(ActivityStatusCode.Error, response.StatusCode.ToString());
            throw ErrorTranslator.FromResponse(response, Redact(text), operation);
        }
    }

    private string Redact(string text) => Redaction.Redact(text, Options.ApiToken);

    private static JsonNode? ParseJson(string text, string operation)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new LeanIXRequestFailedException($"{operation}: the response is not JSON ({e.Message}): {Redaction.Excerpt(text, 200)}", operation);
        }
    }

    private static string QueryString(IReadOnlyDictionary<string, string?>? query)
    {
        if (query is null || query.Count == 0) return "";
        return "?" + string.Join('&', query.Where(kv => kv.Value is not null)
            .Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value!)));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} answered {Status}")]
    private partial void LogResponse(string operation, int status);

    /// <inheritdoc />
    public void Dispose() => _ownedServices?.Dispose();
}
