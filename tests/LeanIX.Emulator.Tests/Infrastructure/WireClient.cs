using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Emulator.Tests.Infrastructure;

/// <summary>
/// A deliberately raw HTTP client for the emulator's wire protocol: tests see exactly what a
/// LeanIX client would see (status codes, headers, JSON bodies).
/// </summary>
public sealed class WireClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _apiToken;
    private string? _accessToken;

    public WireClient(EmulatorHost host, string? apiToken = null) : this(host.BaseUrl, apiToken ?? host.ApiToken) { }

    public WireClient(string baseUrl, string apiToken)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        _apiToken = apiToken;
    }

    public HttpClient Http => _http;

    /// <summary>Exchanges the API token (auth.md §2) and returns the raw response.</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string? apiToken = null, string body = "grant_type=client_credentials", string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "services/mtm/v1/oauth2/token" + query)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded")
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + (apiToken ?? _apiToken))));
        return _http.SendAsync(request);
    }

    public async Task<string> AccessTokenAsync()
    {
        if (_accessToken is not null) return _accessToken;
        using var response = await RequestTokenAsync();
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token exchange failed: {(int)response.StatusCode} {text}");
        _accessToken = JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
        return _accessToken;
    }

    /// <summary>Sends an authenticated request; <paramref name="bearer"/> overrides the access token.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? bearer = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? await AccessTokenAsync());
        return await _http.SendAsync(request);
    }

    /// <summary>GETs a REST path and returns the parsed body, asserting the expected status.</summary>
    public async Task<JsonNode> GetJsonAsync(string path, int expectedStatus = 200)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"GET {path}: expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Posts a GraphQL request and returns the whole <c>{data, errors}</c> body (HTTP 200 asserted).</summary>
    public async Task<JsonNode> GraphQLAsync(string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = variables as JsonNode ?? System.Text.Json.JsonSerializer.SerializeToNode(variables);
        using var response = await SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GraphQL HTTP {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Posts GraphQL and asserts there are no errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> GraphQLDataAsync(string query, object? variables = null)
    {
        var result = await GraphQLAsync(query, variables);
        Assert.True(result["errors"] is null or JsonArray { Count: 0 }, $"GraphQL errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    public void Dispose() => _http.Dispose();
}
