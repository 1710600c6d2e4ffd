using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Downloads;

/// <summary>D70: surveys declared under a workspace of the <c>--config</c> file are served by poll v2 and survey v1.</summary>
public sealed class ConfiguredSurveyEndpointTests : IDisposable
{
    private readonly string _config = Path.Combine(Path.GetTempPath(), $"lx-surveys-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_config);

    [Fact]
    public async Task A_survey_of_the_config_file_is_listed_with_its_run_on_both_apis()
    {
        File.WriteAllText(_config, """
            {"workspaces":[{"name":"surveys","seed":"demo","surveys":[{"title":"Owner check","createdAt":"2026-01-05T10:00:00Z",
              "questions":[{"id":"q1","text":"Is the owner right?","type":"SINGLE_SELECT"}],
              "runs":[{"status":"FINISHED","factSheets":["CRM - Sales Cloud"],"answers":[{"factSheet":"CRM - Sales Cloud","question":"q1","answer":"Yes"}]}]}]}]}
            """);
        await using var host = await EmulatorHost.StartAsync(CommandLine.Parse(["--config", _config]));
        using var client = new WireClient(host);

        using var legacy = await client.SendAsync(HttpMethod.Get, $"services/poll/v2/polls?workspaceId={host.Workspace.Id}&sort=createdAt-desc");
        Assert.True(legacy.Headers.Contains("X-API-Warn"));
        var polls = await client.GetJsonAsync("services/survey/v1/polls?sort=-createdAt");
        var poll = polls["data"]![0]!;
        Assert.Equal(("Owner check", "2026-01-05"), ((string?)poll["title"], ((string?)poll["createdAt"])?[..10]));
        var runs = await client.GetJsonAsync($"services/survey/v1/polls/{poll["id"]}/pollRuns");
        var run = runs["data"]![0]!;
        Assert.Equal(("FINISHED", 1, 1), ((string?)run["status"], (int)run["factsheetsTotal"]!, (int)run["factsheetsCompleted"]!));
        using var results = await client.SendAsync(HttpMethod.Get, $"services/poll/v2/pollRuns/{run["id"]}/poll_results.xlsx");
        Assert.Equal(200, (int)results.StatusCode);
        Assert.True((await results.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
