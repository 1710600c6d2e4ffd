using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Wire;

/// <summary>
/// The error bodies of metrics v2, a FastAPI service (admin.md §0): <c>{"detail":"&lt;text&gt;"}</c>, and for 422
/// <c>{"detail":[{"loc":[…],"msg","type"}]}</c>. Every error on its paths uses them, 401 and unknown routes included.
/// </summary>
public static class FastApiError
{
    public const string MetricsBase = "/services/metrics/";

    /// <summary>Whether <paramref name="path"/> belongs to a service with FastAPI error bodies.</summary>
    public static bool Serves(PathString path) => path.StartsWithSegments(MetricsBase.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    public static JsonObject Detail(string message) => new() { ["detail"] = message };

    /// <summary>422: one validation problem at <paramref name="location"/> (e.g. <c>["body","name"]</c>).</summary>
    public static JsonObject Validation(IEnumerable<string> location, string message, string type = "value_error") => new()
    {
        ["detail"] = new JsonArray(new JsonObject
        {
            ["loc"] = new JsonArray(location.Select(l => (JsonNode?)l).ToArray()),
            ["msg"] = message,
            ["type"] = type
        })
    };

    public static IResult Result(int status, JsonObject body) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);

    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Detail(message).ToJsonString(), context.RequestAborted);
    }
}
