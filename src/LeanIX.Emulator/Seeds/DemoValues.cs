using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Seeds;

/// <summary>Short-hands for demo field values: lifecycles by the start dates of the phases reached, numbered external ids.</summary>
internal static class DemoValues
{
    public static JsonObject Lifecycle(string? plan, string? phaseIn, string? active, string? phaseOut = null, string? endOfLife = null)
    {
        var phases = new List<(string, string)>();
        if (plan is not null) phases.Add(("plan", plan));
        if (phaseIn is not null) phases.Add(("phaseIn", phaseIn));
        if (active is not null) phases.Add(("active", active));
        if (phaseOut is not null) phases.Add(("phaseOut", phaseOut));
        if (endOfLife is not null) phases.Add(("endOfLife", endOfLife));
        return FieldValues.Lifecycle([.. phases]);
    }

    public static JsonObject ExternalId(string prefix, int number) => FieldValues.ExternalId($"{prefix}-{number:D4}");
}
