using System.Net;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Mail;
using LeanIX.Automation.Storage;
using LeanIX.Automation.Tests.Browser;
using LeanIX.Automation.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Automation.Tests;

/// <summary>
/// The double-mail gap: a mail's intent is committed before it is sent, so a host killed between the SMTP server's
/// acceptance and the record of it leaves the mail "sending"; at the next start it becomes uncertain and is not sent again
/// by the host, only by an admin from the menu.
/// </summary>
public sealed class MailIntentTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leanix-mail-intents-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TestSmtpServer _smtp = null!;
    private SqliteMailOutbox _outbox = null!;
    private AutomationDatabase _database = null!;

    public Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _database = new AutomationDatabase(Path.Combine(_folder, "automation.db"));
        _outbox = new SqliteMailOutbox(_database, _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left in temp */ }
    }

    [Fact]
    public async Task A_sent_mail_is_not_sent_again_when_the_run_is_repeated()
    {
        await NewMailer("event:1:auto-1").SendAsync(Mail("first"));
        Assert.Equal("first", (await _smtp.NextAsync()).Subject);

        await NewMailer("event:1:auto-1").SendAsync(Mail("first")); // a retry or replay of the same event and automation
        await NewMailer("event:2:auto-1").SendAsync(Mail("second"));
        Assert.Equal("second", (await _smtp.NextAsync()).Subject);
        Assert.Empty(_smtp.Drain());
    }

    [Fact]
    public async Task A_mail_interrupted_while_sending_becomes_uncertain_at_the_next_start_and_is_not_sent_again_automatically()
    {
        // The host recorded the intent and was killed before it recorded the SMTP server's answer.
        Assert.Null(await _outbox.BeginAsync("event:7:auto-1:mail:1", "auto-1", "host-a/", Mail("maybe sent")));
        _clock.Advance(TimeSpan.FromSeconds(5));

        // The same instance starts again: what it was sending is uncertain; another instance's mails are left alone.
        Assert.Null(await _outbox.BeginAsync("event:8:auto-1:mail:1", "auto-1", "host-b/", Mail("host b is sending")));
        Assert.Equal(1, await _outbox.MarkInterruptedUncertainAsync("host-a/", _clock.GetUtcNow()));
        var uncertain = Assert.Single(await _outbox.UncertainAsync(SqliteMailOutbox.StaleAfter));
        Assert.Equal(("event:7:auto-1:mail:1", MailIntentState.Uncertain, "maybe sent", "owner@example.com"),
            (uncertain.Key, uncertain.State, uncertain.Mail.Subject, Assert.Single(uncertain.Mail.To)));

        // The event is processed again: the handler asks for the same mail, and it is not sent.
        await NewMailer("event:7:auto-1").SendAsync(Mail("maybe sent"));
        Assert.Empty(_smtp.Drain());
        Assert.Equal(MailIntentState.Uncertain, (await _outbox.GetAsync("event:7:auto-1:mail:1"))!.State);

        // A mail still "sending" long after (its instance died and never came back) is shown too.
        _clock.Advance(SqliteMailOutbox.StaleAfter + TimeSpan.FromSeconds(1));
        Assert.Equal(["event:7:auto-1:mail:1", "event:8:auto-1:mail:1"], (await _outbox.UncertainAsync(SqliteMailOutbox.StaleAfter)).Select(m => m.Key));

        // An admin decides.
        Assert.True(await _outbox.ResolveAsync("event:8:auto-1:mail:1", MailIntentState.Dismissed));
        Assert.False(await _outbox.ResolveAsync("event:8:auto-1:mail:1", MailIntentState.Dismissed));
        Assert.Equal("event:7:auto-1:mail:1", Assert.Single(await _outbox.UncertainAsync(SqliteMailOutbox.StaleAfter)).Key);
    }

    [Fact]
    public async Task A_mail_the_SMTP_server_could_not_take_is_sent_by_the_retry()
    {
        var unreachable = new SmtpMailer(Options.Create(new AutomationOptions { Smtp = { Host = "127.0.0.1", Port = 1 } }), NullLogger<SmtpMailer>.Instance);
        var failing = new IdempotentMailer(unreachable, _outbox, "event:9:auto-1", "auto-1", "host-a/", NullLogger.Instance);
        await Assert.ThrowsAnyAsync<Exception>(() => failing.SendAsync(Mail("retried")));

        await NewMailer("event:9:auto-1").SendAsync(Mail("retried"));
        Assert.Equal("retried", (await _smtp.NextAsync()).Subject);
    }

    [Fact]
    public async Task The_menu_lists_an_uncertain_mail_and_an_admin_sends_it_or_dismisses_it()
    {
        await using var host = new MenuHost(services => services.PostConfigure<AutomationOptions>(o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = _smtp.Port;
        }));
        var outbox = host.Services.GetRequiredService<SqliteMailOutbox>();
        var started = DateTimeOffset.UtcNow.AddSeconds(1);
        await outbox.BeginAsync("event:1:auto-x:mail:1", "auto-x", "crashed-host/", Mail("to replay"));
        await outbox.BeginAsync("event:2:auto-x:mail:1", "auto-x", "crashed-host/", Mail("to dismiss"));
        Assert.Equal(2, await outbox.MarkInterruptedUncertainAsync("crashed-host/", started));

        using var client = host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, host.AdminPassword);
        Assert.Contains("data-count=\"uncertain-mails\">2<", await client.Http.GetStringAsync(""));
        var page = await client.Http.GetStringAsync("mails");
        Assert.Contains("to replay", page);
        Assert.Contains("may or may not have reached", page);

        using (var forged = await client.Http.PostAsync("mails?handler=Replay", new FormUrlEncodedContent([new("key", "event:1:auto-x:mail:1"), new("__RequestVerificationToken", "forged")])))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(_smtp.Drain());

        using (var replay = await client.PostFormAsync("mails", "mails?handler=Replay", [new("key", "event:1:auto-x:mail:1")]))
            Assert.Equal("/mails?done=sent", replay.Headers.Location!.OriginalString);
        Assert.Equal("to replay", (await _smtp.NextAsync()).Subject);
        using (var dismiss = await client.PostFormAsync("mails", "mails?handler=Dismiss", [new("key", "event:2:auto-x:mail:1")]))
            Assert.Equal("/mails?done=dismissed", dismiss.Headers.Location!.OriginalString);
        using (var again = await client.PostFormAsync("mails", "mails?handler=Replay", [new("key", "event:1:auto-x:mail:1")]))
            Assert.Equal("/mails?done=gone", again.Headers.Location!.OriginalString);

        Assert.Empty(_smtp.Drain());
        Assert.Contains("id=\"no-uncertain-mails\"", await client.Http.GetStringAsync("mails"));
        Assert.Equal(MailIntentState.Sent, (await outbox.GetAsync("event:1:auto-x:mail:1"))!.State);
        Assert.Equal(MailIntentState.Dismissed, (await outbox.GetAsync("event:2:auto-x:mail:1"))!.State);
    }

    private IdempotentMailer NewMailer(string runKey) =>
        new(new SmtpMailer(Options.Create(new AutomationOptions { Smtp = { Host = "127.0.0.1", Port = _smtp.Port } }), NullLogger<SmtpMailer>.Instance),
            _outbox, runKey, "auto-1", "host-a/", NullLogger.Instance);

    private static AutomationMail Mail(string subject) => new(["owner@example.com"], subject, $"<p>{subject}</p>", subject);
}
