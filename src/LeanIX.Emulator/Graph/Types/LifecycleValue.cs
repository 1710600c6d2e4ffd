using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>D11: phases sorted by startDate; asString = the phase with the latest startDate ≤ today (UTC).</summary>
public sealed record LifecycleValue(IReadOnlyList<LifecyclePhaseValue> Phases)
{
    public string? AsString(DateOnly today) =>
        Phases.Where(p => p.Start is { } s && s <= today).LastOrDefault()?.Phase;

    public static LifecycleValue? From(JsonNode? node)
    {
        var phases = node switch
        {
            JsonObject o => o["phases"] as JsonArray,
            JsonArray a => a,
            _ => null
        };
        if (phases is null) return null;
        var list = phases.OfType<JsonObject>()
            .Select(p => new LifecyclePhaseValue(
                FieldValues.AsString(p["phase"]) ?? "", FieldValues.AsString(p["startDate"]), FieldValues.AsString(p["milestoneId"])))
            .OrderBy(p => p.StartDate, StringComparer.Ordinal)
            .ToList();
        return new LifecycleValue(list);
    }

    /// <summary>The interval [start, next start) of each phase, for date filters (D35).</summary>
    public IEnumerable<(string Phase, DateOnly Start, DateOnly? End)> Intervals()
    {
        var dated = Phases.Where(p => p.Start is not null).ToList();
        for (var i = 0; i < dated.Count; i++)
            yield return (dated[i].Phase, dated[i].Start!.Value, i + 1 < dated.Count ? dated[i + 1].Start!.Value.AddDays(-1) : null);
    }
}

public sealed record LifecyclePhaseValue(string Phase, string? StartDate, string? MilestoneId)
{
    public DateOnly? Start => DateOnly.TryParse(StartDate, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
