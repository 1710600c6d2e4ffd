using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Processing;
using LeanIX.Automation.Storage;
using LeanIX.Automation.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Automation.Tests;

/// <summary>The SQLite inbox: durability, order per fact sheet, leases, backoff on a fake clock, dead letters, replay.</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
    private readonly string _path = AutomationTestHost.NewDatabasePath();
    private SqliteEventInbox _inbox = null!;
    private readonly List<AutomationDatabase> _databases = [];

    public Task InitializeAsync()
    {
        _inbox = Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _inbox.DisposeAsync();
        foreach (var database in _databases) database.Dispose();
    }

    private SqliteEventInbox Open() => new(Database(), _clock, Options.Create(new AutomationOptions
    {
        Processing = { MaxAttempts = 3, Backoff = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromSeconds(25) }
    }), new InboxSignal());

    private AutomationDatabase Database()
    {
        var database = new AutomationDatabase(_path);
        _databases.Add(database);
        return database;
    }

    private static IncomingEvent Event(string key, Guid? factSheet) => new(key, "FactSheetUpdatedEvent", factSheet, $$"""{"id":1,"type":"FactSheetUpdatedEvent","key":"{{key}}"}""", "push");

    [Fact]
    public async Task A_redelivered_event_is_stored_once_and_survives_reopening_the_file()
    {
        Assert.Equal(1, await _inbox.AppendAsync([Event("event:1", Guid.NewGuid())]));
        Assert.Equal(0, await _inbox.AppendAsync([Event("event:1", Guid.NewGuid())]));
        await _inbox.DisposeAsync();
        _inbox = Open();
        Assert.Equal(new InboxCounts(1, 0, 0, 0), await _inbox.CountsAsync());
    }

    [Fact]
    public async Task Claims_give_one_event_per_fact_sheet_oldest_first_and_the_next_only_after_completion()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await _inbox.AppendAsync([Event("a1", a), Event("a2", a), Event("b1", b), Event("none", null)]);

        var first = await _inbox.ClaimAsync("w1", 10, TimeSpan.FromMinutes(1));
        Assert.Equal(["a1", "b1", "none"], first.Select(e => e.DedupKey));
        Assert.Empty(await _inbox.ClaimAsync("w2", 10, TimeSpan.FromMinutes(1)));

        Assert.False(await _inbox.CompleteAsync(first[0].Sequence, "w2"));
        Assert.True(await _inbox.CompleteAsync(first[0].Sequence, "w1"));
        var second = await _inbox.ClaimAsync("w2", 10, TimeSpan.FromMinutes(1));
        Assert.Equal("a2", Assert.Single(second).DedupKey);
        Assert.Equal(new InboxCounts(0, 3, 0, 1), await _inbox.CountsAsync());
    }

    [Fact]
    public async Task A_lapsed_lease_lets_another_worker_take_the_event_and_the_first_can_no_longer_complete_it()
    {
        await _inbox.AppendAsync([Event("x", Guid.NewGuid())]);
        var claimed = Assert.Single(await _inbox.ClaimAsync("crashed", 10, TimeSpan.FromSeconds(30)));
        Assert.Empty(await _inbox.ClaimAsync("other", 10, TimeSpan.FromSeconds(30)));
        _clock.Advance(TimeSpan.FromSeconds(31));
        var taken = Assert.Single(await _inbox.ClaimAsync("other", 10, TimeSpan.FromSeconds(30)));
        Assert.Equal(claimed.Sequence, taken.Sequence);
        Assert.Equal(2, taken.Attempts);
        Assert.False(await _inbox.CompleteAsync(claimed.Sequence, "crashed"));
        Assert.True(await _inbox.CompleteAsync(taken.Sequence, "other"));
    }

    [Fact]
    public async Task A_failing_event_backs_off_doubling_then_goes_to_the_dead_letters_and_a_replay_brings_it_back()
    {
        await _inbox.AppendAsync([Event("fails", Guid.NewGuid())]);
        var e = Assert.Single(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        Assert.True(await _inbox.FailAsync(e.Sequence, "w", "boom 1"));

        Assert.Empty(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        _clock.Advance(TimeSpan.FromSeconds(10));
        e = Assert.Single(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        Assert.True(await _inbox.FailAsync(e.Sequence, "w", "boom 2"));

        _clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Empty(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        e = Assert.Single(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        Assert.True(await _inbox.FailAsync(e.Sequence, "w", "boom 3"));

        var dead = Assert.Single(await _inbox.DeadLettersAsync());
        Assert.Equal("boom 3", dead.LastError);
        Assert.Equal(3, dead.Attempts);
        Assert.Equal(new InboxCounts(0, 0, 1, 0), await _inbox.CountsAsync());
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));

        Assert.True(await _inbox.ReplayAsync(dead.Sequence));
        Assert.False(await _inbox.ReplayAsync(dead.Sequence));
        var replayed = Assert.Single(await _inbox.ClaimAsync("w", 1, TimeSpan.FromMinutes(1)));
        Assert.Equal(1, replayed.Attempts);
        Assert.True(await _inbox.CompleteAsync(replayed.Sequence, "w"));
        Assert.Equal(new InboxCounts(0, 0, 0, 1), await _inbox.CountsAsync());
    }

    [Fact]
    public async Task A_restarted_instance_takes_back_its_own_claims_at_once_and_leaves_other_instances_alone()
    {
        await _inbox.AppendAsync([Event("mine", Guid.NewGuid()), Event("theirs", Guid.NewGuid())]);
        Assert.Single(await _inbox.ClaimAsync("host-a/0", 1, TimeSpan.FromMinutes(5)));
        Assert.Single(await _inbox.ClaimAsync("host-b/0", 1, TimeSpan.FromMinutes(5)));
        Assert.Equal(1, await _inbox.ReleaseClaimsOfAsync("host-a/"));
        Assert.Equal("mine", Assert.Single(await _inbox.ClaimAsync("host-a/1", 5, TimeSpan.FromMinutes(5))).DedupKey);
    }

    [Fact]
    public async Task The_idempotency_key_of_event_and_automation_is_recorded_once()
    {
        Assert.False(await _inbox.IsAppliedAsync(7, "auto"));
        await _inbox.MarkAppliedAsync(7, "auto");
        await _inbox.MarkAppliedAsync(7, "auto");
        Assert.True(await _inbox.IsAppliedAsync(7, "auto"));
        Assert.False(await _inbox.IsAppliedAsync(7, "other"));
    }

    [Fact]
    public async Task Concurrent_appends_are_all_committed()
    {
        var appends = Enumerable.Range(0, 200).Select(i => _inbox.AppendAsync([Event($"c{i}", Guid.NewGuid())]));
        var added = await Task.WhenAll(appends);
        Assert.All(added, n => Assert.Equal(1, n));
        Assert.Equal(200, (await _inbox.CountsAsync()).Pending);
    }

    [Fact]
    public async Task Order_per_fact_sheet_holds_when_the_later_event_is_promoted_in_a_later_batch()
    {
        // 1,500 events between the two events of one fact sheet: the second is still 'received' when the first is claimed,
        // and is promoted by a later claim while the first is in flight.
        var shared = Guid.NewGuid();
        await _inbox.AppendAsync([Event("shared-1", shared)]);
        await _inbox.AppendAsync(Enumerable.Range(0, 1500).Select(i => Event($"other-{i}", Guid.NewGuid())).ToList());
        await _inbox.AppendAsync([Event("shared-2", shared)]);
        Assert.Equal(new InboxCounts(1502, 0, 0, 0), await _inbox.CountsAsync());

        var first = await _inbox.ClaimAsync("w1", 1, TimeSpan.FromMinutes(5));
        Assert.Equal("shared-1", Assert.Single(first).DedupKey);
        var rest = new List<InboxEvent>();
        while (await _inbox.ClaimAsync("w2", 400, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch) rest.AddRange(batch);
        Assert.Equal(1500, rest.Count);
        Assert.DoesNotContain(rest, e => e.DedupKey == "shared-2");
        Assert.Equal(Enumerable.Range(0, 1500).Select(i => $"other-{i}"), rest.Select(e => e.DedupKey));

        Assert.True(await _inbox.CompleteAsync(first[0].Sequence, "w1"));
        Assert.Equal("shared-2", Assert.Single(await _inbox.ClaimAsync("w3", 10, TimeSpan.FromMinutes(5))).DedupKey);
    }

    [Fact]
    public async Task Commits_leave_the_log_to_the_checkpointer_which_copies_it_into_the_database_file()
    {
        var database = Database();
        await using (var connection = await database.OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_autocheckpoint";
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }
        // In WAL mode the database file changes only at checkpoints: its growth shows the checkpointer at work.
        await _inbox.AppendAsync([Event("first", Guid.NewGuid())]);
        var before = new FileInfo(_path).Length;
        await _inbox.AppendAsync(Enumerable.Range(0, 2000).Select(i => Event($"bulk-{i}", Guid.NewGuid())).ToList());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo(_path).Length <= before && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(new FileInfo(_path).Length > before + 100_000, $"database file {new FileInfo(_path).Length} bytes, {before} before");
    }
}
