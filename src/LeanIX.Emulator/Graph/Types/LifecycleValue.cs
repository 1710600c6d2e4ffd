using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>D11: phases sorted by startDate; asString = the phase with the latest startDate ≤ today (UTC).</summary>
public sealed record LifecycleValue(IReadOnlyList<LifecyclePhaseValue> Phases)
{
    public string? AsString(DateOnly today)
    {
        // Issue 15: read for every fact sheet of a dump, so a loop rather than LINQ (the latest qualifying phase wins).
        string? phase = null;
        foreach (var p in Phases)
            if (p.Start is { } s && s <= today) phase = p.Phase;
        return phase;
    }

    public static LifecycleValue? From(JsonNode? node)
    {
        var phases = node switch
        {
            JsonObject o => o["phases"] as JsonArray,
            JsonArray a => a,
            _ => null
        };
        if (phases is null) return null;
        // Issue 15: converted for every fact sheet of a dump, so one sized list and an insertion sort instead of
        // OfType/Select/OrderBy/ToList; insertion sort is stable like OrderBy, and phase lists are short.
        var list = new List<LifecyclePhaseValue>(phases.Count);
        foreach (var item in phases)
        {
            if (item is not JsonObject p) continue;
            var value = new LifecyclePhaseValue(
                FieldValues.AsString(p["phase"]) ?? "", FieldValues.AsString(p["startDate"]), FieldValues.AsString(p["milestoneId"]));
            var at = list.Count;
            while (at > 0 && string.CompareOrdinal(list[at - 1].StartDate, value.StartDate) > 0) at--;
            list.Insert(at, value);
        }
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
