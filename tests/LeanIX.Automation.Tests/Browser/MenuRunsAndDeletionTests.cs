using System.Net;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Quality;
using LeanIX.Automation.Runs;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>The menu's run pages (every run has one, only configured automations have a page) and deleting an automation.</summary>
public sealed class MenuRunsAndDeletionTests : IAsyncLifetime
{
    private readonly MenuHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_scheduled_quality_run_links_to_its_run_page_with_the_log_and_not_to_an_automation_page()
    {
        var run = await RecordRunAsync(QualityJobNames.IdOf(QualityJobKind.Reminder), QualityJobNames.NameOf(QualityJobKind.Reminder), QualityJobNames.Trigger, "3 reminder mails sent");
        using var client = _host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);

        var dashboard = await client.Http.GetStringAsync("");
        var row = RowOf(dashboard, run.Id);
        Assert.Contains($"href=\"/runs/{run.Id}\"", row);
        Assert.DoesNotContain("/automations/", row);
        Assert.Contains("(scheduled job)", row);

        using var page = await client.Http.GetAsync($"runs/{run.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(QualityJobNames.NameOf(QualityJobKind.Reminder)), html);
        Assert.Contains("3 reminder mails sent", html);
        Assert.DoesNotContain("href=\"/automations/", html);

        using var missing = await client.Http.GetAsync("runs/no-such-run");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_run_page_needs_the_login()
    {
        using var client = _host.NewClient();
        using var response = await client.Http.GetAsync("runs/anything");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Deleting_an_automation_asks_first_needs_the_antiforgery_token_and_keeps_its_runs_without_a_link()
    {
        var store = _host.Services.GetRequiredService<IAutomationStore>();
        var automation = await store.SaveAsync(new AutomationDefinition { Name = "Doomed", HandlerName = LiveLogProbeHandler.HandlerName, ConfigurationJson = """{"fs_types":[]}""" });
        var run = await RecordRunAsync(automation.Id!, "Doomed", "event:push", "linked the fact sheet");
        using var client = _host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);

        Assert.Contains($"href=\"/automations/{automation.Id}\"", RowOf(await client.Http.GetStringAsync(""), run.Id));
        Assert.Contains($"href=\"/automations/{automation.Id}/delete\"", await client.Http.GetStringAsync($"automations/{automation.Id}"));

        var confirmPath = $"automations/{automation.Id}/delete";
        var confirm = await client.Http.GetStringAsync(confirmPath);
        Assert.Contains("stay in the history", confirm);
        Assert.Contains("id=\"confirm-delete\"", confirm);
        Assert.NotNull(await store.GetAsync(automation.Id!)); // asking deletes nothing

        using (var forged = await client.Http.PostAsync(confirmPath, new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")])))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotNull(await store.GetAsync(automation.Id!));

        using var deleted = await client.PostFormAsync(confirmPath, confirmPath, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/?deleted=Doomed", deleted.Headers.Location!.OriginalString);
        Assert.Null(await store.GetAsync(automation.Id!));

        var dashboard = await client.Http.GetStringAsync("?deleted=Doomed");
        Assert.Contains("id=\"deleted-notice\"", dashboard);
        var row = RowOf(dashboard, run.Id);
        Assert.DoesNotContain("/automations/", row);
        Assert.Contains("(deleted automation)", row);
        Assert.Contains($"href=\"/runs/{run.Id}\"", row);
        Assert.Contains("linked the fact sheet", await client.Http.GetStringAsync($"runs/{run.Id}"));
        Assert.Single(await _host.Services.GetRequiredService<IRunHistory>().LastRunsAsync(10, automation.Id));

        using var again = await client.Http.GetAsync(confirmPath);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private async Task<AutomationRun> RecordRunAsync(string automationId, string name, string trigger, string line)
    {
        var now = DateTimeOffset.UtcNow;
        var run = new AutomationRun(Guid.NewGuid().ToString("N"), automationId, name, null, null, null, trigger, RunStatus.Succeeded, now, now, null,
            [new LogLine(now, LogLevel.Information, line)]);
        await _host.Services.GetRequiredService<IRunHistory>().RecordAsync(run);
        return run;
    }

    private static string RowOf(string html, string runId)
    {
        var start = html.IndexOf($"data-run=\"{runId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The run {runId} is not listed.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
