using System.Text.Json;
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

    public static LifecycleValue? From(JsonNode? node) =>
        node is JsonObject or JsonArray && TryRead(node, out var read) ? read : FromNodes(node);

    /// <summary>The conversion through the node's indexers, which builds and keeps its nodes (see <see cref="StoredJson"/>).</summary>
    internal static LifecycleValue? FromNodes(JsonNode? node)
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

    /// <summary>
    /// <see cref="FromNodes"/> from the node's JSON text (issue 15: a dump read each seeded lifecycle once and kept its
    /// dictionaries for good). False, having decided nothing, where the nodes would not give a plain answer: a repeated
    /// or escaped property name (a JsonObject refuses repeats), a phase field that is neither a string nor null (its
    /// JSON text is its string, as the nodes write it).
    /// </summary>
    private static bool TryRead(JsonNode node, out LifecycleValue? value)
    {
        value = null;
        if (!StoredJson.TryUtf8(node, out var utf8)) return false;
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var names = new StoredJson.Names(stackalloc (int, int)[StoredJson.MaxNames]);
            var found = false;
            var phases = default(Utf8JsonReader);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!names.Add(in reader, utf8)) return false;
                var isPhases = reader.ValueTextEquals("phases"u8);
                reader.Read();
                if (isPhases)
                {
                    found = true;
                    phases = reader;
                }
                reader.Skip();
            }
            // o["phases"] as JsonArray: anything but an array is no lifecycle.
            if (!found || phases.TokenType != JsonTokenType.StartArray) return true;
            reader = phases;
        }
        else if (reader.TokenType != JsonTokenType.StartArray) return false;
        var list = new List<LifecyclePhaseValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            if (!TryReadPhase(ref reader, utf8, out var phase)) return false;
            var at = list.Count;
            while (at > 0 && string.CompareOrdinal(list[at - 1].StartDate, phase.StartDate) > 0) at--;
            list.Insert(at, phase);
        }
        value = new LifecycleValue(list);
        return true;
    }

    // The reader is on a phase's StartObject and is left on its EndObject.
    private static bool TryReadPhase(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, out LifecyclePhaseValue phase)
    {
        phase = null!;
        string? name = null, start = null, milestone = null;
        var names = new StoredJson.Names(stackalloc (int, int)[StoredJson.MaxNames]);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!names.Add(in reader, utf8)) return false;
            var field = reader.ValueTextEquals("phase"u8) ? 1 : reader.ValueTextEquals("startDate"u8) ? 2 : reader.ValueTextEquals("milestoneId"u8) ? 3 : 0;
            reader.Read();
            if (field == 0)
            {
                reader.Skip();
                continue;
            }
            string? text;
            if (reader.TokenType == JsonTokenType.String) text = reader.GetString();
            else if (reader.TokenType == JsonTokenType.Null) text = null;
            else return false;
            switch (field)
            {
                case 1: name = text; break;
                case 2: start = text; break;
                default: milestone = text; break;
            }
        }
        phase = new LifecyclePhaseValue(name ?? "", start, milestone);
        return true;
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
