using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// A <c>scope</c> of the deletion scope or an outbound processor: <c>{ids:[], facetFilters:[…]}</c>. The emulator knows the
/// <c>FactSheetTypes</c> facet (keys = types, operator OR/NOR); other facets are reported and ignored.
/// </summary>
public static class FactSheetScope
{
    public static IEnumerable<FactSheet> Select(IWorkspaceView view, JsonNode? scope, Action<string> warn)
    {
        var all = view.FactSheets.All.Where(fs => fs.IsActive);
        if (scope is not JsonObject json) return all;
        if (json["ids"] is JsonArray { Count: > 0 } ids)
        {
            var wanted = ids.Select(i => Guid.TryParse(i?.GetValue<string>(), out var g) ? g : Guid.Empty).ToHashSet();
            all = all.Where(fs => wanted.Contains(fs.Id));
        }
        foreach (var facet in (json["facetFilters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = facet["facetKey"]?.GetValue<string>();
            if (key != "FactSheetTypes")
            {
                warn($"Facet '{key}' is not supported by the emulator's scopes; it is ignored");
                continue;
            }
            var types = (facet["keys"] as JsonArray ?? []).Select(k => k?.GetValue<string>()).ToHashSet();
            var exclude = string.Equals(facet["operator"]?.GetValue<string>(), "NOR", StringComparison.OrdinalIgnoreCase);
            all = all.Where(fs => types.Contains(fs.Type) != exclude);
        }
        return all;
    }
}
