using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>The error shapes a hostile request may get back: D2 (REST), D4 (token endpoint) and D17 (GraphQL).</summary>
public static class Shapes
{
    public static async Task<JsonObject> D2Async(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        var body = Assert.IsType<JsonObject>(JsonNode.Parse(text));
        Assert.Equal("ERROR", body["status"]?.GetValue<string>());
        Assert.Equal("ErrorResponse", body["type"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["message"]?.GetValue<string>()));
        Assert.IsType<JsonArray>(body["errors"]);
        return body;
    }

    public static async Task<JsonObject> OAuthAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        var body = Assert.IsType<JsonObject>(JsonNode.Parse(text));
        Assert.False(string.IsNullOrEmpty(body["error"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["error_description"]?.GetValue<string>()));
        return body;
    }

    /// <summary>A GraphQL error answer (D17): HTTP 200, <c>data</c> null, at least one error with a message.</summary>
    public static async Task<JsonArray> D17Async(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 200, $"expected 200, got {(int)response.StatusCode}: {text}");
        var body = Assert.IsType<JsonObject>(JsonNode.Parse(text));
        var errors = Assert.IsType<JsonArray>(body["errors"]);
        Assert.NotEmpty(errors);
        foreach (var e in errors) Assert.False(string.IsNullOrEmpty(e!["message"]?.GetValue<string>()));
        return errors;
    }

    /// <summary>Any answer is fine as long as it is not a 5xx and its body is in one of the service's shapes.</summary>
    public static async Task NoServerErrorAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        if ((int)response.StatusCode >= 400)
        {
            var body = JsonNode.Parse(text) as JsonObject;
            Assert.True(body is not null && (body["status"]?.GetValue<string>() == "ERROR" || body["error"] is not null),
                $"{what}: {(int)response.StatusCode} without an error body: {text[..Math.Min(300, text.Length)]}");
        }
    }

    public static HttpRequestMessage TokenRequest(HttpContent content, string apiToken, string path = "services/mtm/v1/oauth2/token")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + apiToken)));
        return request;
    }
}
