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
}
