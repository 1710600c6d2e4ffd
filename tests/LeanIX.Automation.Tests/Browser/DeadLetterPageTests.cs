using System.Net;
using System.Text.Encodings.Web;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Tests.Infrastructure;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>The dead-letter page lists a failed event with its error (as text) and replays it.</summary>
public sealed class DeadLetterPageTests : IAsyncLifetime
{
    private readonly MenuHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_dead_letter_is_listed_with_its_error_and_replayed_from_the_page()
    {
        var handler = _host.Services.GetRequiredService<SwitchableFailureHandler>();
        var automation = await _host.Services.GetRequiredService<IAutomationStore>().SaveAsync(new AutomationDefinition
        {
            HandlerName = SwitchableFailureHandler.HandlerName, ConfigurationJson = """{"fs_types":["Application"]}""", Enabled = true
        });
        var inbox = _host.Services.GetRequiredService<IEventInbox>();
        var factSheet = Guid.NewGuid();
        await inbox.AppendAsync([new IncomingEvent("menu-dead-letter-1", "FactSheetUpdatedEvent", factSheet,
            $$$"""{"id":9001,"type":"FactSheetUpdatedEvent","factSheet":{"id":"{{{factSheet}}}","rev":1,"type":"Application","name":"Payroll"}}""", "push")]);
        var dead = await Eventually.UntilAsync(() => inbox.DeadLettersAsync(), d => d.Count == 1, "the dead letter", TimeSpan.FromSeconds(30));

        using var client = _host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);
        var html = await client.Http.GetStringAsync("");
        Assert.Contains("<b data-count=\"dead\">1</b>", html);
        html = await client.Http.GetStringAsync("dead-letters");
        Assert.Contains($"data-sequence=\"{dead[0].Sequence}\"", html);
        Assert.Contains(factSheet.ToString(), html);
        Assert.Contains(HtmlEncoder.Default.Encode(SwitchableFailureHandler.Failure), html);
        Assert.DoesNotContain("<b>downstream</b>", html);

        handler.Failing = false;
        using var replay = await client.PostFormAsync("dead-letters", "dead-letters?handler=Replay", [new("sequence", dead[0].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal("/dead-letters?replayed=1", replay.Headers.Location!.OriginalString);
        await Eventually.UntilAsync(async () => await inbox.IsAppliedAsync(dead[0].Sequence, automation.Id!), "the replayed event to be applied", TimeSpan.FromSeconds(30));
        Assert.Equal(1, handler.Successes);
        Assert.Contains("id=\"no-dead-letters\"", await client.Http.GetStringAsync("dead-letters?replayed=1"));
    }
}
