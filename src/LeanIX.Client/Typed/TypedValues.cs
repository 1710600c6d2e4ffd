using System.Text.Json.Nodes;

namespace LeanIX.Client.Typed;

/// <summary>Readers shared by the typed accessors.</summary>
internal static class TypedValues
{
    /// <summary>A lifecycle under a key other than <c>lifecycle</c> (a custom LIFECYCLE field), read as D11 shapes it.</summary>
    public static Lifecycle? Lifecycle(FactSheetValue value)
    {
        if (value.Node is not JsonObject lc) return null;
        var phases = (lc["phases"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(p => new LifecyclePhase(p["phase"]?.GetValue<string>() ?? "", p["startDate"]?.GetValue<string>())).ToList();
        return phases.Count == 0 ? null : new Lifecycle(lc["asString"]?.GetValue<string>(), phases);
    }
}
