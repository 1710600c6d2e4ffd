using System.Text.Json;

namespace LeanIX.Client.Wire;

/// <summary>A REST envelope (rest-other.md §1): <c>data</c>, and for lists <c>total</c> (page/size, D33) or <c>cursor</c>.</summary>
internal sealed record EnvelopeWire(JsonElement? Data, long? Total, string? Cursor);
