using LeanIX.Client;
using LeanIX.Client.Todos;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Mail;
using LeanIX.Quality.Reminders;
using LeanIX.Quality.Tests.Infrastructure;
using LeanIX.Quality.Workspace;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace LeanIX.Quality.Tests;

/// <summary>QualityIssueReminder against the demo: mails into an in-process SMTP server, throttling, dry runs, to-dos, schedule.</summary>
public class ReminderTests
{
    private static async Task<QualityResult> CheckAsync(DemoWorkspace demo, IReadOnlyCollection<string>? types = null)
    {
        demo.Client.ClearCache();
        var workspace = await QualityWorkspace.LoadAsync(demo.Client);
        return QualityRunner.Run(workspace, QualityCheckerRegistry.CreateDefault().Create(null, workspace.Model), types);
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"quality-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_responsible_user_gets_one_digest_of_their_fact_sheets_with_links_and_escaped_values()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        await using var smtp = SmtpTestServer.Start();
        const string hostile = "<b onmouseover=\"x\">Treasury</b> & Co";
        var treasury = await demo.Client.FactSheets.GetAsync("Application", "Treasury Management System");
        await demo.Client.FactSheets.UpdateAsync(treasury, [Patch.Replace("/name", hostile)]);
        var result = await CheckAsync(demo);
        var options = new ReminderOptions { Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port }, StateFile = TempFile() };

        var run = await new QualityIssueReminder(options, new SmtpMailTransport(options.Smtp!)).RunAsync(result);

        var digests = QualityIssueReminder.Digests(result);
        Assert.Equal(digests.Select(d => d.User.Email), run.Sent);
        Assert.Equal(digests.Count, smtp.Messages.Count);
        Assert.Equal(digests.Select(d => d.User.Email).Order(), smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Single().Address == "tom.baker@example.com"); // inactive
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Single().Address.Contains("technical")); // bots

        // Jane: every fact sheet she owns that has gaps, grouped, each gap with how to fix it.
        var jane = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "jane.doe@example.com");
        var janeOwns = result.CheckedFactSheets.Where(f => Subscriber.Of(f).Any(s => s.IsOwner && s.Email == "jane.doe@example.com") && result.GapsOf(f.Id).Count > 0).ToList();
        Assert.Contains(janeOwns, f => f.Id == treasury.Id);
        Assert.Equal("multipart/alternative", jane.Body!.ContentType.MimeType);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(jane.HtmlBody!);
        var sections = document.QuerySelectorAll("div.fact-sheet");
        Assert.Equal(janeOwns.Count, sections.Length);
        foreach (var fs in janeOwns)
        {
            var section = sections.Single(s => s.QuerySelector("h3 a")!.TextContent == fs.DisplayName);
            Assert.Equal(result.Workspace.DeepLink(fs.Id, fs.Type), section.QuerySelector("h3 a")!.GetAttribute("href"));
            Assert.Equal(result.GapsOf(fs.Id).Select(g => g.Code).Order(), section.QuerySelectorAll("li").Select(li => li.GetAttribute("data-code")!).Order());
            Assert.Contains(fs.DisplayName, jane.TextBody);
            Assert.Contains(result.Workspace.DeepLink(fs.Id, fs.Type), jane.TextBody);
        }
        Assert.Contains("How to fix", jane.TextBody);
        Assert.Empty(document.QuerySelectorAll("b[onmouseover]")); // the hostile name is text, not markup
        Assert.Contains("&lt;b onmouseover=&quot;x&quot;&gt;Treasury&lt;/b&gt; &amp; Co", jane.HtmlBody);
    }

    [Fact]
    public async Task A_user_gets_at_most_one_mail_per_throttle_period_remembered_in_the_state_file()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        await using var demo = await DemoWorkspace.StartAsync();
        await using var smtp = SmtpTestServer.Start();
        var result = await CheckAsync(demo);
        var options = new ReminderOptions { Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port }, StateFile = TempFile(), ThrottleDays = 7 };
        QualityIssueReminder Reminder() => new(options, new SmtpMailTransport(options.Smtp!), clock); // a new instance each run, as a new process would be

        var first = await Reminder().RunAsync(result);
        Assert.NotEmpty(first.Sent);
        var count = smtp.Messages.Count;

        clock.Advance(TimeSpan.FromDays(6.9));
        var second = await Reminder().RunAsync(result);
        Assert.Empty(second.Sent);
        Assert.Equal(first.Sent.Order(), second.Throttled.Order());
        Assert.Equal(count, smtp.Messages.Count);

        clock.Advance(TimeSpan.FromDays(0.2));
        var third = await Reminder().RunAsync(result);
        Assert.Equal(first.Sent, third.Sent);
        Assert.Equal(2 * count, smtp.Messages.Count);
        File.Delete(options.StateFile);
    }

    [Fact]
    public async Task A_dry_run_writes_eml_files_and_does_not_count_towards_the_throttle()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        await using var smtp = SmtpTestServer.Start();
        var result = await CheckAsync(demo);
        var dir = Directory.CreateTempSubdirectory("quality-mails-").FullName;
        var options = new ReminderOptions { StateFile = TempFile() };

        var dry = await new QualityIssueReminder(options, new EmlDirectoryTransport(dir)).RunAsync(result);
        var files = Directory.GetFiles(dir, "*.eml").Order().ToList();
        Assert.Equal(dry.Sent.Count, files.Count);
        Assert.Equal(files, dry.Destinations.Order());
        var first = await MimeMessage.LoadAsync(files[0]);
        Assert.Equal(dry.Sent.Order().First(), first.To.Mailboxes.Single().Address);
        Assert.NotNull(first.HtmlBody);
        Assert.NotNull(first.TextBody);
        Assert.Empty(smtp.Messages);
        Assert.False(File.Exists(options.StateFile));

        var real = await new QualityIssueReminder(options with { Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port } },
            new SmtpMailTransport(new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port })).RunAsync(result);
        Assert.Equal(dry.Sent, real.Sent);
        Directory.Delete(dir, recursive: true);
        File.Delete(options.StateFile);
    }

    [Fact]
    public async Task Todos_are_created_once_per_fact_sheet_and_code_kept_unique_updated_and_closed()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        string[] types = ["Application"];
        var result = await CheckAsync(demo, types);
        var pairs = result.Gaps.Select(g => QualityTodoSync.ExternalIdOf(g.Code, g.SubjectId)).Distinct().ToList();

        var first = await QualityTodoSync.SyncAsync(demo.Client, result, dueDays: 14);
        Assert.Equal(new TodoSyncResult(pairs.Count, 0, 0), first);
        async Task<IReadOnlyList<Todo>> OpenAsync() => (await demo.Client.Todos.QueryAsync(new TodoQuery { States = TodoState.Active }))
            .Where(t => t.ExternalId?.StartsWith(QualityTodoSync.ExternalIdPrefix, StringComparison.Ordinal) == true).ToList();
        var open = await OpenAsync();
        Assert.Equal(pairs.Order(), open.Select(t => t.ExternalId!).Order());
        var hr = open.Single(t => t.ExternalId == QualityTodoSync.ExternalIdOf(GapCodes.InactiveSubscriber, result.CheckedFactSheets.Single(f => f.Name == "HR - Global Human Resources System").Id));
        Assert.Contains("erika.musterfrau@example.com", hr.Description);
        var owners = result.Workspace.Users.Where(u => u.Email is "jane.doe@example.com" or "erika.musterfrau@example.com").Select(u => u.Id.ToString()).Order();
        Assert.Equal(owners, hr.Assignees.Select(a => a.Id.ToLowerInvariant()).Order()); // the responsible and the accountable owner

        var again = await QualityTodoSync.SyncAsync(demo.Client, await CheckAsync(demo, types), dueDays: 14);
        Assert.Equal(new TodoSyncResult(0, pairs.Count, 0), again);
        Assert.Equal(pairs.Count, (await OpenAsync()).Count);

        // Fix one gap (a description) and change another (a second inactive subscriber on HR Global): one closed, one recreated.
        var dms = await demo.Client.FactSheets.GetAsync("Application", "Document Management System");
        await demo.Client.FactSheets.UpdateAsync(dms, [Patch.Replace("/description", "Stores and versions contract documents.")]);
        var hrGlobal = await demo.Client.FactSheets.GetAsync("Application", "HR - Global Human Resources System");
        await demo.Client.Subscriptions.SubscribeAsync(hrGlobal, "carlos.garcia@example.com", "Observer");
        var thirdResult = await CheckAsync(demo, types);
        var pairsNow = thirdResult.Gaps.Select(g => QualityTodoSync.ExternalIdOf(g.Code, g.SubjectId)).Distinct().ToList();
        var third = await QualityTodoSync.SyncAsync(demo.Client, thirdResult, dueDays: 14);
        Assert.Contains(QualityTodoSync.ExternalIdOf(GapCodes.MissingDescription, dms.Id), pairs.Except(pairsNow));
        Assert.Equal(pairs.Except(pairsNow).Count(), third.Closed); // gone gaps (the edits may also break quality seals: new gaps)
        Assert.Equal(pairsNow.Count, third.Created + third.Kept);
        Assert.True(third.Created >= 1 + pairsNow.Except(pairs).Count()); // the changed HR to-do plus any new gap
        var after = await OpenAsync();
        Assert.Equal(pairsNow.Order(), after.Select(t => t.ExternalId!).Order()); // still one per fact sheet and code
        Assert.DoesNotContain(after, t => t.ExternalId == QualityTodoSync.ExternalIdOf(GapCodes.MissingDescription, dms.Id));
        Assert.Single(after, t => t.ExternalId == hr.ExternalId);
        Assert.Contains("carlos.garcia@example.com", after.Single(t => t.ExternalId == hr.ExternalId).Description);
        var closed = await demo.Client.Todos.QueryAsync(new TodoQuery { States = [TodoState.Closed], ExternalIds = [QualityTodoSync.ExternalIdOf(GapCodes.MissingDescription, dms.Id)] });
        Assert.Single(closed);
    }

    [Fact]
    public void The_schedule_is_a_cron_expression_and_bad_reminder_settings_name_their_key()
    {
        var schedule = ReminderOptions.Read(System.Text.Json.Nodes.JsonNode.Parse("""{"schedule": "0 7 * * 1", "timeZone": "Europe/Berlin"}""")!.AsObject()).ParsedSchedule;
        var wednesday = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero), schedule.Next(wednesday)); // 07:00 in Berlin (UTC+1)

        foreach (var (json, key) in new[]
        {
            ("""{"schedule": "every monday"}""", "reminder.schedule"), ("""{"timeZone": "Mars/Olympus"}""", "reminder.timeZone"),
            ("""{"throttleDays": "weekly"}""", "reminder.throttleDays"), ("""{"from": "not an address"}""", "reminder.from"),
            ("""{"smtp": {"port": 25}}""", "reminder.smtp.host"), ("""{"smtp": {"host": "x", "pasword": "y"}}""", "reminder.smtp.pasword"),
            ("""{"sendAt": "7"}""", "reminder.sendAt")
        })
        {
            var e = Assert.Throws<QualityConfigurationException>(() => ReminderOptions.Read(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()));
            Assert.Equal(key, e.Key);
        }
        Assert.DoesNotContain("secret", new SmtpSettings { Host = "mail", User = "u", Password = "secret" }.ToString());
    }
}
