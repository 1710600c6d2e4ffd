using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client;
using LeanIX.Client.Webhooks;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Automation.Tests;

/// <summary>The same travel through a PULL subscription: the poller stores a batch before it commits the cursor.</summary>
public sealed class PullEndToEndTests : IAsyncLifetime
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
            o.Webhook.DeliveryType = WebhookDeliveryType.Pull;
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = _smtp.Port;
        });
        var subscription = await _host.Services.GetRequiredService<Intake.SubscriptionRegistrar>().WhenRegisteredAsync(CancellationToken.None);
        Assert.Equal(WebhookDeliveryType.Pull, subscription!.DeliveryType);
        _lx = _host.NewClient();
    }

    public async Task DisposeAsync()
    {
        _lx.Dispose();
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_removed_subscription_mails_the_user()
    {
        await _host.AddAutomationAsync("SubscriptionDeletionMailHandler", """{"fs_types":["Application"],"roles":[],"cc":[]}""");
        var app = await _lx.FactSheets.CreateAsync("Application", "Pull Mail App " + Guid.NewGuid().ToString("N")[..6]);
        await app.SubscribeAsync("erika.musterfrau@example.com", "Observer");
        await app.UnsubscribeAsync("erika.musterfrau@example.com", "Observer");

        var mail = await _smtp.NextAsync();
        Assert.Equal("erika.musterfrau@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains(app.Name, mail.Subject);
        Assert.Contains("Observer", mail.TextBody);
        Assert.Contains($"/factsheet/Application/{app.Id}", mail.HtmlBody);
        var counts = await _host.Inbox.CountsAsync();
        Assert.Equal(0, counts.DeadLetters);
    }

    [Fact]
    public async Task A_subscribed_owner_links_the_organisation_of_their_mail_domain_and_the_removal_unlinks_it()
    {
        await _host.AddAutomationAsync("LinkFactSheetBySubscriptionHandler", """
            {"fs_types":["Application"],"roles":{"Business Owner":"owner"},"user_property":"email_domain",
             "organisations":{"example.com":"Acme Holding SE"},"organisation_type":"UserGroup","relation":"relApplicationToUserGroup",
             "usage_type_field":"usageType","deletion_action":"delete_relation"}
            """);
        var app = await _lx.FactSheets.CreateAsync("Application", "Pull Link App " + Guid.NewGuid().ToString("N")[..6]);
        await app.SubscribeAsync("li.wei@example.com", "Business Owner");

        async Task<FactSheetRelation?> LinkAsync()
        {
            var fresh = await _host.NewClient().FactSheets.GetAsync("Application", app.Id.ToString());
            return (await fresh.RelationsAsync("relApplicationToUserGroup")).FirstOrDefault(r => r.Name == "Acme Holding SE");
        }
        var link = await Eventually.UntilAsync(LinkAsync, r => r is not null, "the link to Acme Holding SE");
        Assert.Equal(["owner"], link!.Field("usageType").AsStrings());

        await app.UnsubscribeAsync("li.wei@example.com", "Business Owner");
        await Eventually.UntilAsync(LinkAsync, r => r is null, "the unlink");
    }
}
