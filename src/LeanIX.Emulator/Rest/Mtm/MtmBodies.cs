using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>Reading the JSON bodies of MTM writes: a body that is not JSON is a D2 400.</summary>
public static class MtmBodies
{
    public static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Text(JsonObject? json, string key) => json?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IResult BadBody() => Envelope.ErrorResult(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
}
