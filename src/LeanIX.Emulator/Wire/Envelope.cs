using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Wire;

/// <summary>The REST envelope of pathfinder, mtm and webhooks (decisions.md D1, D2).</summary>
public static class Envelope
{
    /// <summary>D1: <c>{status:"OK", type, message:null, errors:[], total, data}</c>.</summary>
    public static JsonObject Ok(string type, JsonNode? data, long total) => new()
    {
        ["status"] = "OK",
        ["type"] = type,
        ["message"] = null,
        ["errors"] = new JsonArray(),
        ["total"] = total,
        ["data"] = data
    };

    /// <summary>D2: <c>{status:"ERROR", type:"ErrorResponse", message, errors:[{value, messages}], total:0, data:null}</c>.</summary>
    public static JsonObject Error(string message, string? value = null) => new()
    {
        ["status"] = "ERROR",
        ["type"] = "ErrorResponse",
        ["message"] = message,
        ["errors"] = new JsonArray(new JsonObject { ["value"] = value, ["messages"] = new JsonArray(message) }),
        ["total"] = 0,
        ["data"] = null
    };

    public static IResult OkResult(string type, JsonNode? data, long total) =>
        Results.Text(Ok(type, data, total).ToJsonString(), "application/json", statusCode: 200);

    public static IResult ErrorResult(int status, string message, string? value = null) =>
        Results.Text(Error(message, value).ToJsonString(), "application/json", statusCode: status);

    /// <summary>Writes a D2 error straight from middleware.</summary>
    public static async Task WriteErrorAsync(HttpContext context, int status, string message, string? value = null)
    {
        if (FastApiError.Serves(context.Request.Path)) { await FastApiError.WriteAsync(context, status, message); return; } // metrics v2 (admin.md §0)
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Error(message, value).ToJsonString(), context.RequestAborted);
    }
}
