using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// A processor's <c>identifier</c> (or relation <c>from</c>/<c>to</c>, tag <c>factSheets</c>), evaluated (admin.md §1.3):
/// <c>{"internal": "${…}"}</c> is a fact sheet id, <c>{"external": {"id": {expr}, "type": {expr}}}</c> an external id field
/// (default <c>externalId</c>) and value. <c>search</c> identifiers are outside the emulator's subset (a warning).
/// </summary>
public sealed record FactSheetTarget(Guid? InternalId, string? ExternalIdField, string? ExternalId)
{
    public const string DefaultExternalIdField = "externalId";

    /// <summary>Reads the identifier; returns null (with a warning) when it names nothing usable.</summary>
    public static IReadOnlyList<FactSheetTarget> Read(ProcessorStep step, JsonNode? identifier, string member)
    {
        if (identifier is not JsonObject json)
        {
            step.Warn($"'{member}' is missing", isError: true);
            return [];
        }
        if (json.ContainsKey("internal"))
        {
            var ids = Flatten(step.Eval(json["internal"]));
            var result = new List<FactSheetTarget>();
            foreach (var id in ids)
                if (Guid.TryParse(id, out var guid)) result.Add(new FactSheetTarget(guid, null, null));
                else step.Warn($"'{member}.internal' is not a fact sheet id: '{id}'", isError: true);
            return result;
        }
        if (json["external"] is JsonObject external)
        {
            var field = step.Text(external["type"]) ?? DefaultExternalIdField;
            // inboundTag names its fact sheets with "ids"; the other processors with "id".
            var ids = Flatten(step.Eval(external["id"] ?? external["ids"]));
            if (ids.Count == 0) step.Warn($"'{member}.external' gives no id", isError: true);
            return ids.Select(id => new FactSheetTarget(null, field, id)).ToList();
        }
        step.Warn($"'{member}' must be internal or external (search identifiers are not supported by the emulator)", isError: true);
        return [];
    }

    /// <summary>The active fact sheet named (archived ones too for an internal id, so they can be recovered), or null.</summary>
    public FactSheet? Find(ProcessorStep step, string? type)
    {
        if (InternalId is { } id) return step.Tx.FactSheets.Get(id);
        return step.Run.ExternalIds.Find(step.Tx, ExternalIdField!, ExternalId!, type) is { } found ? step.Tx.FactSheets.Get(found) : null;
    }

    public override string ToString() => InternalId?.ToString("D") ?? $"{ExternalIdField}/{ExternalId}";

    private static List<string> Flatten(object? value) => value switch
    {
        null => [],
        List<object?> list => list.Select(Expressions.ExpressionValues.ToText).Where(s => s.Length > 0).ToList(),
        _ => Expressions.ExpressionValues.ToText(value) is { Length: > 0 } text ? [text] : []
    };
}
