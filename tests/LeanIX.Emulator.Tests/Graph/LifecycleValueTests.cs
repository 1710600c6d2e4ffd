using System.Text.Json.Nodes;
using LeanIX.Emulator.Graph.Types;
using Xunit;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D11 conversion of a stored lifecycle: the loop that replaced LINQ (issue 15) keeps OrderBy's order.</summary>
public sealed class LifecycleValueTests
{
    [Fact]
    public void Phases_are_sorted_by_start_date_stably_with_undated_phases_first()
    {
        var stored = JsonNode.Parse("""
            {"phases": [
              {"phase": "endOfLife", "startDate": "2030-01-01"},
              {"phase": "active", "startDate": "2021-01-01", "milestoneId": "m1"},
              "not a phase",
              {"phase": "undatedA"},
              {"phase": "phaseIn", "startDate": "2021-01-01"},
              {"phase": "undatedB"},
              {"phase": "plan", "startDate": "2020-01-01"}
            ]}
            """);

        var lifecycle = LifecycleValue.From(stored)!;

        Assert.Equal(["undatedA", "undatedB", "plan", "active", "phaseIn", "endOfLife"], lifecycle.Phases.Select(p => p.Phase));
        Assert.Equal("m1", lifecycle.Phases[3].MilestoneId);
        Assert.Equal("phaseIn", lifecycle.AsString(new DateOnly(2025, 6, 1)));
        Assert.Equal("plan", lifecycle.AsString(new DateOnly(2020, 12, 31)));
        Assert.Null(lifecycle.AsString(new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void A_bare_phase_array_is_read_and_other_values_are_no_lifecycle()
    {
        var lifecycle = LifecycleValue.From(JsonNode.Parse("""[{"phase": "active", "startDate": "2021-01-01"}]"""))!;

        Assert.Equal("active", Assert.Single(lifecycle.Phases).Phase);
        Assert.Null(LifecycleValue.From(JsonValue.Create("active")));
        Assert.Null(LifecycleValue.From(null));
    }

    // Issue 15: a stored lifecycle is read from its JSON text, not through its indexers, so its nodes are not built and
    // kept. Whatever the stored value, that must give what the indexers give – the same phases in the same order, or the
    // same failure (a JsonObject refuses a repeated property name when it builds its dictionary).
    [Theory]
    [InlineData("""{"phases": [{"phase": "plan", "startDate": "2020-01-01"}, {"phase": "active", "startDate": "2019-05-01", "milestoneId": "m"}]}""")]
    [InlineData("""[{"phase": "b", "startDate": "2021-01-01"}, null, 5, "x", [], {"phase": "a", "startDate": "2020-01-01"}]""")]
    [InlineData("""{"phases": [{"phase": null, "startDate": null, "milestoneId": null}, {}]}""")]
    [InlineData("""{"phases": [{"phase": "ph\u00e4se \"q\" \ud83d\ude00", "startDate": "2020-01-01", "extra": {"a": 1, "a": 2}}]}""")]
    [InlineData("""{"other": 1, "phases": [{"startDate": "2020-01-01", "phase": "late"}], "more": {"phases": []}}""")]
    [InlineData("""{"phases": {"phase": "not an array"}}""")]
    [InlineData("""{"phases": null}""")]
    [InlineData("""{"nophases": []}""")]
    [InlineData("""{}""")]
    [InlineData("""[]""")]
    [InlineData("""{"phases": [{"phase": 5, "startDate": "2020-01-01"}]}""")]
    [InlineData("""{"phases": [{"phase": "a", "startDate": {"y": 2020}}]}""")]
    [InlineData("""{"phases": [{"phase": true, "milestoneId": 1.50}]}""")]
    [InlineData("""{"phases": [{"phase": "a", "phase": "b"}]}""")]
    [InlineData("""{"phases": [], "phases": [{"phase": "a"}]}""")]
    [InlineData("""{"phases": [{"ph\u0061se": "escaped name", "startDate": "2020-01-01"}]}""")]
    [InlineData("""{"phases": [{"phase": "a", "startDate": "2020-01-01"}], "x": 1, "x": 2}""")]
    public void Reading_the_stored_text_gives_what_the_nodes_give(string stored)
    {
        var fromText = Outcome(() => LifecycleValue.From(JsonNode.Parse(stored)));
        var fromNodes = Outcome(() => LifecycleValue.FromNodes(JsonNode.Parse(stored)));
        Assert.Equal(fromNodes, fromText);

        // A node built in code (a mutation's value, the demo seed) is read the same way.
        var built = JsonNode.Parse(stored);
        try
        {
            _ = built is JsonObject o ? o.Count : built is JsonArray a ? a.Count : 0; // builds the nodes, or fails to
        }
        catch (ArgumentException)
        {
            return;
        }
        Assert.Equal(fromNodes, Outcome(() => LifecycleValue.From(built)));
    }

    [Fact]
    public void Reading_a_stored_lifecycle_leaves_its_nodes_unbuilt()
    {
        var stored = (JsonObject)JsonNode.Parse("""{"phases": [{"phase": "active", "startDate": "2020-01-01"}]}""")!;

        Assert.Equal("active", Assert.Single(LifecycleValue.From(stored)!.Phases).Phase);

        // An element-backed JsonObject keeps its element until an indexer builds the dictionary.
        var dictionary = typeof(JsonObject).GetField("_dictionary", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        Assert.NotNull(dictionary);
        Assert.Null(dictionary.GetValue(stored));
        _ = stored["phases"];
        Assert.NotNull(dictionary.GetValue(stored));
    }

    private static string Outcome(Func<LifecycleValue?> convert)
    {
        try
        {
            return convert() is { } value
                ? string.Join(" | ", value.Phases.Select(p => $"{p.Phase}/{p.StartDate ?? "-"}/{p.MilestoneId ?? "-"}")) + $" #{value.Phases.Count}"
                : "no lifecycle";
        }
        catch (Exception e)
        {
            return "fails: " + e.GetType().Name;
        }
    }
}
