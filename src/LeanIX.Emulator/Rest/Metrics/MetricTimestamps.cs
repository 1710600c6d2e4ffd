using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Metrics;

/// <summary>D47: timestamps in as epoch seconds (values over 10^11 are milliseconds) or ISO-8601; out as epoch seconds.</summary>
public static class MetricTimestamps
{
    private const long MillisecondsAbove = 100_000_000_000;

    public static long? FromJson(JsonNode? node, string location)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var number):
                return FromNumber(number, location);
            case JsonValue v when v.TryGetValue<string>(out var text):
                return FromText(text, location);
            default:
                throw new RestInputException($"A timestamp is epoch seconds or an ISO-8601 string, not {node.ToJsonString()}.", node.ToJsonString(), location);
        }
    }

    /// <summary>A query or path value: a number (seconds or milliseconds) or an ISO-8601 string.</summary>
    public static long FromText(string text, string location)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return FromNumber(number, location);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value.ToUnixTimeSeconds();
        throw new RestInputException($"'{text}' is neither epoch seconds nor an ISO-8601 timestamp.", text, location);
    }

    private static long FromNumber(double number, string location)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || number < 0 || number > 1e15)
            throw new RestInputException($"{number} is not a timestamp.", number.ToString(CultureInfo.InvariantCulture), location);
        var seconds = number > MillisecondsAbove ? number / 1000 : number;
        return (long)Math.Floor(seconds);
    }
}
