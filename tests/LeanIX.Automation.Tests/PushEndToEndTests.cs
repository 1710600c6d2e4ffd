using System.Net;
using System.Text;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Automation.Tests;

/// <summary>A change in the workspace travels PUSH → inbox → handler → a change in the workspace or a mail.</summary>
public sealed class PushEndToEndTests : IAsyncLifetime
{
    private EmulatorHost _emulator = null!;
    private TestSmtpServer _smtp = null!;
    private AutomationTestHost _host = null!;
    private LeanIXClient _lx = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync("demo");
        _smtp = TestSmtpServer.Start();
        _host = await AutomationTestHost.StartAsync(_emulator, AutomationTestHost.NewDatabasePath(), o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = _smtp.Port;
            o.Smtp.From = "automation@example.com";
        });
        await _host.WhenSubscribedAsync();
        _lx = _host.NewClient();
    }

    public async Task DisposeAsync()
    {
        _lx.Dispose();
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> LinkedGroupsAsync(Guid applicationId)
    {
        var fresh = _host.NewClient();
        var app = await fresh.FactSheets.GetAsync("Application", applicationId.ToString());
        return (await app.RelationsAsync("relApplicationToUserGroup")).Select(r => r.Name).ToList();
    }

    [Fact]
    public async Task A_field_value_links_the_fact_sheet_and_a_changed_value_unlinks_it()
    {
        await _host.AddAutomationAsync("LinkFactSheetByFieldHandler", """
            {"fs_types":["Application"],"field":"businessCriticality","relation":"relApplicationToUserGroup","target_type":"UserGroup",
             "mapping":{"missionCritical":"Acme Holding SE"}}
            """);
        var app = await _lx.FactSheets.CreateAsync("Application", "Push Test App " + Guid.NewGuid().ToString("N")[..6],
            [LeanIX.Client.Patch.Replace("/businessCriticality", "missionCritical")]);

        await Eventually.UntilAsync(() => LinkedGroupsAsync(app.Id), g => g.Contains("Acme Holding SE"), "the link to Acme Holding SE");

        await app.SetAsync("businessCriticality", "businessOperational");
        await Eventually.UntilAsync(() => LinkedGroupsAsync(app.Id), g => !g.Contains("Acme Holding SE"), "the unlink from Acme Holding SE");

        var runs = await _host.Runs.LastRunsAsync(50);
        Assert.Contains(runs, r => r.FactSheetId == app.Id && r.Lines.Any(l => l.Message.Contains("Linked")));
        Assert.All(runs, r => Assert.Equal(Runs.RunStatus.Succeeded, r.Status));
        Assert.Equal(0, (await _host.Inbox.CountsAsync()).DeadLetters);

        // Every run wrote a Sync Logging entry with an item per action.
        var entries = await _lx.SyncLog.List(new LeanIX.Client.SyncLog.SyncLogQuery { Topic = "LeanIX Automation Platform" }).ToListAsync();
        Assert.NotEmpty(entries);
        var items = new List<LeanIX.Client.SyncLog.SyncLogItem>();
        foreach (var entry in entries) items.AddRange(await _lx.SyncLog.Items(entry.Id!).ToListAsync());
        Assert.Contains(items, i => i.Action == "CREATE" && i.TargetId == app.Id.ToString() && i.Message!.Contains("Acme Holding SE"));
        Assert.Contains(items, i => i.Action == "DELETE" && i.TargetId == app.Id.ToString());
    }

    [Fact]
    public async Task Archiving_a_fact_sheet_mails_recipients_and_subscribers_with_every_workspace_value_escaped()
    {
        await _host.AddAutomationAsync("FactSheetDeletionMailHandler", """
            {"fs_types":["Application"],"recipients":["governance@example.com"],"notify_subscribers":true,"subscriber_roles":[]}
            """);
        var name = "<b>Tom & Jerry</b> " + Guid.NewGuid().ToString("N")[..6];
        var app = await _lx.FactSheets.CreateAsync("Application", name);
        await app.SubscribeAsync("max.mustermann@example.com", "Observer");
        await app.ArchiveAsync("Replaced by <script>alert(1)</script>");

        var mail = await _smtp.NextAsync();
        Assert.Equal(["governance@example.com", "max.mustermann@example.com"], mail.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains(name, mail.Subject);
        Assert.DoesNotContain("<b>Tom", mail.HtmlBody);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.Contains($"{_host.Workspace.Links.WorkspaceUrl}/factsheet/Application/{app.Id}", mail.HtmlBody);
        Assert.Contains(name, mail.TextBody);
        Assert.Empty(_smtp.Drain());
    }

    [Fact]
    public async Task A_pushed_creation_event_subscribes_its_creator()
    {
        await _host.AddAutomationAsync("CreateSubscriptionHandler", """
            {"fs_types":["Application"],"role":"Application Owner","subscription_type":"RESPONSIBLE","comment":"creator"}
            """);
        var max = await _lx.Users.FindByEmailAsync("max.mustermann@example.com");
        var app = await _lx.FactSheets.CreateAsync("Application", "Created by Max " + Guid.NewGuid().ToString("N")[..6]);
        // LeanIX would push this for Max's creation; the emulator's token user is technical, so send Max's event as LeanIX does.
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = 900000 + Random.Shared.Next(99999), ["type"] = "FactSheetCreatedEvent", ["userId"] = max!.Id.ToString(),
            ["factSheet"] = new System.Text.Json.Nodes.JsonObject { ["id"] = app.Id.ToString(), ["rev"] = 1, ["type"] = "Application", ["name"] = app.Name }
        }.ToJsonString();
        using var http = _host.NewWebhookClient();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/webhooks/leanix", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        await Eventually.UntilAsync(async () =>
        {
            var fresh = await _host.NewClient().FactSheets.GetAsync("Application", app.Id.ToString());
            return fresh.Subscriptions("Application Owner").Any(s => s.Email == "max.mustermann@example.com");
        }, "Max's subscription as Application Owner");
    }
}
