using System.Collections.Concurrent;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.InitialSync;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client;
using LeanIX.Client.Events;
using LeanIX.Emulator.Hosting;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests;

/// <summary>Initial syncs over the demo workspace: live log, cancel, resume after a restart.</summary>
public sealed class InitialSyncTests
{
    /// <summary>Handles one fact sheet each time the test opens the gate; counts completions per fact sheet.</summary>
    public sealed class GatedSyncHandler : EventHandler
    {
        public SemaphoreSlim Gate { get; } = new(0);
        public ConcurrentDictionary<Guid, int> Completed { get; } = new();
        public override string Description => "waits for the test";
        public override bool SupportsInitialSync => true;
        public override IReadOnlyList<string> Conditions => ["NoLiveEvent"];

        public override async Task HandleAsync(LeanIXEvent e, FactSheet? factSheet, HandlerContext context, CancellationToken ct)
        {
            await Gate.WaitAsync(ct);
            Completed.AddOrUpdate(factSheet!.Id, 1, (_, n) => n + 1);
            context.Log.LogInformation("Handled {Name}.", factSheet.DisplayName);
        }
    }

    private static Action<IServiceCollection> With(GatedSyncHandler handler) => s => s.AddSingleton<EventHandler>(handler);

    /// <summary>The sync's live log, read until the sync ends (its HTTP form, the menu's /sync/log, is tested in Browser/).</summary>
    private static async Task<List<string>> ReadLogAsync(AutomationTestHost host, string automationId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var lines = new List<string>();
        await foreach (var line in host.Syncs.StreamLogAsync(automationId, timeout.Token)) lines.Add(line.Message);
        return lines;
    }

    [Fact]
    public async Task A_sync_over_the_embedded_demo_workspace_links_every_matching_fact_sheet_and_streams_its_log()
    {
        await using var host = await AutomationTestHost.StartAsync(null, AutomationTestHost.NewDatabasePath());
        Assert.NotNull(host.Workspace.Demo);
        var automation = await host.AddAutomationAsync("LinkFactSheetByFieldHandler", """
            {"fs_types":["Application"],"field":"businessCriticality","relation":"relApplicationToUserGroup","target_type":"UserGroup",
             "mapping":{"missionCritical":"Acme Holding SE"}}
            """);
        var started = await host.Syncs.StartAsync(automation.Id!);
        Assert.Equal(InitialSyncState.Running, started.State);

        var log = await ReadLogAsync(host, automation.Id!);
        Assert.Contains(log, line => line.Contains("Preloaded", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains("Linked", StringComparison.Ordinal));

        var status = (await host.Syncs.GetStatusAsync(automation.Id!))!;
        Assert.Equal(InitialSyncState.Completed, status.State);
        Assert.True(status.Total > 0);
        Assert.Equal(status.Total, status.Processed);
        Assert.Equal(0, status.Failed);

        using var lx = host.NewClient();
        await lx.PreloadAsync(["Application"]);
        var critical = (await lx.FactSheets.Of("Application").AllAsync()).Where(a => a["businessCriticality"].AsString() == "missionCritical").ToList();
        Assert.NotEmpty(critical);
        foreach (var app in critical)
            Assert.Contains(app.Relations("relApplicationToUserGroup"), r => r.Name == "Acme Holding SE");
    }

    [Fact]
    public async Task A_cancelled_sync_stops_where_it_was()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        var handler = new GatedSyncHandler();
        await using var host = await AutomationTestHost.StartAsync(emulator, AutomationTestHost.NewDatabasePath(), o => o.Webhook.RegisterSubscription = false, With(handler));
        var automation = await host.AddAutomationAsync(nameof(GatedSyncHandler), """{"fs_types":["Application"]}""");
        await host.Syncs.StartAsync(automation.Id!);
        handler.Gate.Release(2);
        await Eventually.UntilAsync(() => host.Syncs.GetStatusAsync(automation.Id!), s => s!.Processed == 2, "two fact sheets");

        Assert.True(await host.Syncs.CancelAsync(automation.Id!));
        var status = (await host.Syncs.GetStatusAsync(automation.Id!))!;
        Assert.Equal(InitialSyncState.Cancelled, status.State);
        Assert.Equal(2, status.Processed);
        Assert.True(status.Total > 2);
        Assert.Equal(2, handler.Completed.Count);
        Assert.False(await host.Syncs.CancelAsync(automation.Id!));
        var log = await ReadLogAsync(host, automation.Id!);
        Assert.Contains(log, line => line.Contains("cancelled after 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sync_interrupted_by_a_restart_resumes_after_the_last_fact_sheet_and_handles_each_once()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        var database = AutomationTestHost.NewDatabasePath();
        var instance = "resume-" + Guid.NewGuid().ToString("N")[..6];
        var handler = new GatedSyncHandler();
        string automationId;
        await using (var first = await AutomationTestHost.StartAsync(emulator, database, o => { o.Webhook.RegisterSubscription = false; o.Processing.InstanceId = instance; }, With(handler)))
        {
            automationId = (await first.AddAutomationAsync(nameof(GatedSyncHandler), """{"fs_types":["Application"]}""")).Id!;
            await first.Syncs.StartAsync(automationId);
            handler.Gate.Release(3);
            await Eventually.UntilAsync(() => first.Syncs.GetStatusAsync(automationId), s => s!.Processed == 3, "three fact sheets");
        }
        Assert.Equal(3, handler.Completed.Count);

        handler.Gate.Release(10_000);
        await using var second = await AutomationTestHost.StartAsync(emulator, database, o => { o.Webhook.RegisterSubscription = false; o.Processing.InstanceId = instance; }, With(handler));
        var done = await Eventually.UntilAsync(() => second.Syncs.GetStatusAsync(automationId), s => s!.State == InitialSyncState.Completed, "the resumed sync");
        Assert.Equal(done!.Total, done.Processed);
        Assert.Equal(done.Total, handler.Completed.Count);
        Assert.All(handler.Completed.Values, n => Assert.Equal(1, n));
        var log = await ReadLogAsync(second, automationId);
        Assert.Contains(log, line => line.Contains("resumed after 3", StringComparison.Ordinal));
    }
}
