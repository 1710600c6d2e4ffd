using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeanIX.Client.Wire;

/// <summary>
/// The error bodies LeanIX services answer with (D2): REST envelopes (<c>message</c>, <c>errors[].value</c>) and
/// OAuth errors (<c>error</c>, <c>error_description</c>) and FastAPI's <c>detail</c> (metrics, admin.md §0). Members stay raw, so an odd shape never fails the read.
/// </summary>
internal sealed record ErrorBodyWire(
    JsonElement? Message,
    JsonElement? Errors,
    JsonElement? Error,
    [property: JsonPropertyName("error_description")] JsonElement? ErrorDescription,
    JsonElement? Detail = null);
