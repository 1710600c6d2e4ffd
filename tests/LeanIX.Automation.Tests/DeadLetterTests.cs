using System.Net;
using System.Text;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client;
using LeanIX.Client.Events;
using LeanIX.Emulator.Hosting;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests;

/// <summary>A failing handler is retried with backoff, goes to the dead letters after N tries, and is replayed from there.</summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private EmulatorHost _emulator = null!;
    private AutomationTestHost _host = null!;

    /// <summary>Fails until told otherwise; counts its successful runs per fact sheet.</summary>
    public sealed class FlakyHandler : EventHandler
    {
        public volatile bool Failing = true;
        public int Attempts;
        public int Successes;
        public override string Description => "fails on demand";
        public override IReadOnlyList<string> Conditions => [nameof(FactSheetUpdatedEvent)];
        public override bool ResolvesFactSheet => false;

        public override Task HandleAsync(LeanIXEvent e, FactSheet? factSheet, HandlerContext context, CancellationToken ct)
        {
            Interlocked.Increment(ref Attempts);
            if (Failing) throw new InvalidOperationException("The downstream system is down.");
            context.Log.LogInformation("Handled {Id}.", e.Id);
            Interlocked.Increment(ref Successes);
            return Task.CompletedTask;
        }
    }

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync("demo");
        _host = await AutomationTestHost.StartAsync(_emulator, AutomationTestHost.NewDatabasePath(), o =>
        {
            o.Webhook.RegisterSubscription = false;
            o.Processing.MaxAttempts = 3;
        }, services => services.AddSingleton<FlakyHandler>().AddSingleton<EventHandler>(sp => sp.GetRequiredService<FlakyHandler>()));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_failing_handler_ends_in_the_dead_letters_after_its_tries_and_a_replay_applies_it_once()
    {
        var handler = _host.Services.GetRequiredService<FlakyHandler>();
        var automation = await _host.AddAutomationAsync(nameof(FlakyHandler), """{"fs_types":["Application"]}""");
        using var http = _host.NewWebhookClient();
        var body = """{"id":4242,"type":"FactSheetUpdatedEvent","factSheet":{"id":"0b6f1c52-53a4-4b7e-8d6b-2c5fd3e0a001","rev":2,"type":"Application","name":"Flaky"}}""";
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/webhooks/leanix", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        var dead = await Eventually.UntilAsync(() => _host.Inbox.DeadLettersAsync(), d => d.Count == 1, "the dead letter");
        Assert.Equal(3, handler.Attempts);
        Assert.Equal(3, dead[0].Attempts);
        Assert.Contains("The downstream system is down.", dead[0].LastError);
        var failedRuns = await _host.Runs.LastRunsAsync(10, automation.Id);
        Assert.Equal(3, failedRuns.Count);
        Assert.All(failedRuns, r => Assert.Equal(Runs.RunStatus.Failed, r.Status));

        handler.Failing = false;
        Assert.True(await _host.Inbox.ReplayAsync(dead[0].Sequence));
        await Eventually.UntilAsync(async () => (await _host.Inbox.CountsAsync()).Done == 1, "the replayed event to be done");
        Assert.Equal(1, handler.Successes);
        Assert.Equal(0, (await _host.Inbox.CountsAsync()).DeadLetters);
        Assert.True(await _host.Inbox.IsAppliedAsync(dead[0].Sequence, automation.Id!));

        // A second replay of a done event is refused: it was applied once.
        Assert.False(await _host.Inbox.ReplayAsync(dead[0].Sequence));
        var last = (await _host.Runs.LastRunsAsync(1, automation.Id))[0];
        Assert.Equal(Runs.RunStatus.Succeeded, last.Status);
        Assert.Contains(last.Lines, l => l.Message == "Handled 4242.");
    }
}
