using System.Text.Json.Nodes;
using LeanIX.Emulator.Rest.Integrations.Expressions;
using LeanIX.Emulator.Rest.Integrations.Processing;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// Checks a processor configuration before it is stored (PUT answers 400 D2 with the first problem): <c>processors</c> is an
/// array of objects with a known <c>processorType</c>, inbound processors fit an inbound configuration and outbound ones an
/// outbound one, identifiers have their documented shape, and every <c>${…}</c> in the processors parses (D42 subset).
/// </summary>
public static class ConfigurationValidation
{
    public static string? Error(JsonObject configuration, string direction)
    {
        if (configuration["processors"] is not JsonArray processors) return "'processors' must be an array";
        for (var i = 0; i < processors.Count; i++)
        {
            var where = $"processors[{i}]";
            if (processors[i] is not JsonObject processor) return $"{where} must be an object";
            var type = processor["processorType"] is JsonValue tv && tv.TryGetValue<string>(out var t) ? t : null;
            if (type is null) return $"{where}.processorType is required";
            if (!ProcessorKinds.IsKnown(type)) return $"{where}.processorType '{type}' is not a known processor type";
            if ((type == ProcessorKinds.Outbound) != (direction == "outbound"))
                return $"{where}: a {type} processor does not fit a configuration with processingDirection '{direction}'";
            if (processor["run"] is { } run && (run is not JsonValue rv || !rv.TryGetValue<int>(out _))) return $"{where}.run must be an integer";
            if (processor["updates"] is { } updates && updates is not JsonArray) return $"{where}.updates must be an array";
            if (processor["updates"] is JsonArray list && list.Any(u => u is not JsonObject o || o["key"] is null))
                return $"{where}.updates: every update needs a 'key'";
            var required = type switch
            {
                "inboundFactSheet" => new[] { "identifier", "type" },
                "inboundRelation" => ["from", "to", "type"],
                "inboundTag" => ["factSheets"],
                "inboundSubscription" or "inboundDocument" => ["identifier"],
                _ => []
            };
            foreach (var member in required)
                if (processor[member] is null) return $"{where} ({type}) needs '{member}'";
            foreach (var member in new[] { "identifier", "from", "to", "factSheets" })
                if (processor[member] is { } id && (id is not JsonObject o || !(o.ContainsKey("internal") || o.ContainsKey("external") || o.ContainsKey("search"))))
                    return $"{where}.{member} must be an object with 'internal', 'external' or 'search'";
            if (FirstBadExpression(processor) is { } bad) return $"{where}: {bad}";
        }
        return null;
    }

    private static string? FirstBadExpression(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue v when v.TryGetValue<string>(out var text) && text.Contains("${", StringComparison.Ordinal):
                return ExpressionTemplate.Parse(text).SyntaxError is { } syntax ? "malformed expression: " + syntax : null;
            case JsonObject o:
                foreach (var (_, child) in o)
                    if (FirstBadExpression(child) is { } error) return error;
                return null;
            case JsonArray a:
                foreach (var child in a)
                    if (FirstBadExpression(child) is { } error) return error;
                return null;
            default:
                return null;
        }
    }

}
