using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// How the automations and calculations services map a route (admin.md §0, §8.1, §8.2 [C] SAP-AUTO, SAP-CALC): bodies are
/// bare JSON and errors are Spring-style <c>{"error","message","status"}</c>, a validation error adds
/// <c>"details":[{"field","message"}]</c>. Refusals thrown by a handler become those bodies; a VIEWER token is kept
/// from writes (D66).
/// </summary>
public static class SpringErrorRoutes
{
    public static void Map(WebApplication app, string method, string pattern, bool writes, string service, Func<HttpContext, Task<IResult>> handler) =>
        app.MapMethods(pattern, [method], (Delegate)(Func<HttpContext, Task<IResult>>)(c => GuardedAsync(c, writes, service, handler))); // a bare RequestDelegate would drop the IResult

    /// <summary>A bare JSON answer.</summary>
    public static IResult Json(JsonNode? body, int status = StatusCodes.Status200OK) =>
        Results.Text(body?.ToJsonString() ?? "null", "application/json", statusCode: status);

    /// <summary>The error body; <paramref name="extra"/> members are added (e.g. 409 <c>usedByTemplates</c>).</summary>
    public static IResult Error(int status, string error, string message, JsonObject? extra = null)
    {
        var body = new JsonObject { ["error"] = error, ["message"] = message, ["status"] = status };
        if (extra is not null)
            foreach (var (key, value) in extra.ToList()) { extra.Remove(key); body[key] = value; }
        return Json(body, status);
    }

    private static async Task<IResult> GuardedAsync(HttpContext context, bool writes, string service, Func<HttpContext, Task<IResult>> handler)
    {
        if (writes && context.Principal().WorkspaceRole.Equals("VIEWER", StringComparison.OrdinalIgnoreCase))
            return Error(StatusCodes.Status403Forbidden, "Forbidden", $"A VIEWER may read the {service} but not change them.");
        try
        {
            return await handler(context);
        }
        catch (RestInputException e)
        {
            var details = e.Field is null ? null : new JsonObject
            {
                ["details"] = new JsonArray(new JsonObject { ["field"] = e.Field, ["message"] = e.Message })
            };
            return Error(StatusCodes.Status400BadRequest, "Validation Error", e.Message, details);
        }
        catch (UnprocessableException e)
        {
            return Error(StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity", e.Message);
        }
        catch (NotFoundException e)
        {
            return Error(StatusCodes.Status404NotFound, "Not Found", e.Message);
        }
        catch (ConflictException e)
        {
            return Error(StatusCodes.Status409Conflict, "Conflict", e.Message);
        }
    }
}
