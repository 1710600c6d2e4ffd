using LeanIX.Automation.Handlers;
using LeanIX.Automation.Handlers.BuiltIn;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Storage;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client;
using LeanIX.Client.Events;
using LeanIX.Client.Webhooks;
using LeanIX.Emulator.Hosting;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.Tests;

/// <summary>
/// The host as a child process, killed (SIGKILL) in the middle of a batch and started again on the same database: every
/// event is applied, none twice, counted by the workspace's own RELATION_CREATED events.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Apps = 60;

    private static async Task<(long Total, long Done, long Open)> CountsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(state = 'done'), 0), COALESCE(SUM(state IN ('received','pending','in_flight')), 0) FROM inbox_events";
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (SqliteException)
        {
            return (0, 0, 0); // the host has not made its tables yet
        }
    }

    [Fact]
    public async Task A_host_killed_mid_batch_and_restarted_loses_nothing_and_applies_nothing_twice()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        using var lx = new LeanIXClient(new LeanIXClientOptions { ApiToken = emulator.ApiToken, Host = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(30) });
        var database = AutomationTestHost.NewDatabasePath();
        var identifier = "crash-test-" + Guid.NewGuid().ToString("N")[..6];

        // The automation is stored before the host starts, as an admin would have configured it.
        using (var setup = new AutomationDatabase(database))
        await new SqliteAutomationStore(setup, new HandlerRegistry([new LinkFactSheetByFieldHandler()]), TimeProvider.System)
            .SaveAsync(new AutomationDefinition
            {
                HandlerName = nameof(LinkFactSheetByFieldHandler), Enabled = true,
                ConfigurationJson = """{"fs_types":["Application"],"field":"businessCriticality","relation":"relApplicationToUserGroup","target_type":"UserGroup","mapping":{"missionCritical":"Acme Holding SE"}}"""
            });
        SqliteConnection.ClearAllPools();
        // Effects are counted by the workspace: every relation the host creates emits one RELATION_CREATED.
        var counter = await lx.Webhooks.RegisterWebhookAsync(identifier + "-counter", null, deliveryType: WebhookDeliveryType.Pull,
            tagSets: [["pathfinder", "RELATION_CREATED"]]);

        var environment = new Dictionary<string, string>
        {
            ["Automation__DatabasePath"] = database,
            ["Automation__LeanIX__ApiToken"] = emulator.ApiToken,
            ["Automation__LeanIX__Host"] = emulator.BaseUrl,
            ["Automation__Webhook__RegisterSubscription"] = "true",
            ["Automation__Webhook__Identifier"] = identifier,
            ["Automation__Webhook__Password"] = "crash-test-password",
            ["Automation__Processing__InstanceId"] = "crash-host",
            ["Automation__Processing__Workers"] = "1",
            ["Automation__Processing__Parallelism"] = "2",
            ["Automation__Processing__BatchSize"] = "8",
            ["Automation__Processing__WriteSyncLog"] = "false",
            ["Logging__LogLevel__Default"] = "Warning"
        };

        long doneAtKill;
        using (var first = HostProcess.Start(environment))
        {
            await Eventually.UntilAsync(async () => (await lx.Webhooks.GetAllAsync(identifier)).Any(s => s.TargetUrl is not null), "the host's subscription");
            var names = Enumerable.Range(0, Apps).Select(i => $"Crash App {i:D2} {identifier}").ToList();
            foreach (var name in names)
                await lx.FactSheets.CreateAsync("Application", name, [Patch.Replace("/businessCriticality", "missionCritical")]);
            await Eventually.UntilAsync(() => CountsAsync(database), c => c.Total >= Apps && c.Done >= 5, "events in the inbox and some done",
                TimeSpan.FromSeconds(90));
            first.Kill();
            doneAtKill = (await CountsAsync(database)).Done;
        }
        Assert.True(doneAtKill < Apps, $"The kill came after every event was done ({doneAtKill}); nothing was in flight.");

        using (var second = HostProcess.Start(environment))
        {
            var final = await Eventually.UntilAsync(() => CountsAsync(database), c => c.Done == c.Total && c.Open == 0, "every event done after the restart",
                TimeSpan.FromSeconds(120));
            Assert.True(final.Total >= Apps, second.Output);
        }

        var created = new Dictionary<Guid, int>();
        while (true)
        {
            var batch = await lx.Webhooks.GetEventsAsync(counter.Id!.Value, autoCommit: true, timeoutSeconds: 0);
            if (batch.Events.Count == 0) break;
            foreach (var e in batch.Events.Select(p => p.Event).OfType<RelationCreatedEvent>())
                if (e.Relation?.Type == "relApplicationToUserGroup")
                    created[e.Relation.FromId] = created.GetValueOrDefault(e.Relation.FromId) + 1;
        }
        var apps = (await lx.FactSheets.Of("Application").AllAsync()).Where(a => a.Name.EndsWith(identifier, StringComparison.Ordinal)).ToList();
        Assert.Equal(Apps, apps.Count);
        foreach (var app in apps)
        {
            Assert.Equal(1, created.GetValueOrDefault(app.Id));
            Assert.Single(app.Relations("relApplicationToUserGroup"), r => r.Name == "Acme Holding SE");
        }
    }
}
