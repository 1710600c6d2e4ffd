using System.Net;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>Checks of the REST envelopes D1 and D2.</summary>
public static class RestAssert
{
    public static async Task<JsonObject> OkAsync(HttpResponseMessage response, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["status", "type", "message", "errors", "total", "data"], body.Select(p => p.Key));
        Assert.Equal("OK", body["status"]!.GetValue<string>());
        Assert.Equal(type, body["type"]!.GetValue<string>());
        Assert.Null(body["message"]);
        Assert.Empty(body["errors"]!.AsArray());
        return body;
    }

    /// <summary>D2: status ERROR, type ErrorResponse, message, errors[{value, messages}], total 0, data null.</summary>
    public static async Task<JsonObject> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string? messageContains = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["status", "type", "message", "errors", "total", "data"], body.Select(p => p.Key));
        Assert.Equal("ERROR", body["status"]!.GetValue<string>());
        Assert.Equal("ErrorResponse", body["type"]!.GetValue<string>());
        var message = body["message"]!.GetValue<string>();
        if (messageContains is not null) Assert.Contains(messageContains, message);
        var error = Assert.Single(body["errors"]!.AsArray())!.AsObject();
        Assert.Equal(["value", "messages"], error.Select(p => p.Key));
        Assert.Equal(0, body["total"]!.GetValue<int>());
        Assert.Null(body["data"]);
        return body;
    }
}
