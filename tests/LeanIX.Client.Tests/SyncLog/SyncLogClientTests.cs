using LeanIX.Client.SyncLog;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.SyncLog;

/// <summary><c>lx.SyncLog</c> against the emulator's synchronization log (admin.md §2, D43–D46).</summary>
public class SyncLogClientTests
{
    private static SyncLogItem Item(int i, string status = SyncLogStatus.Ok) => new()
    {
        Status = status, Action = SyncLogAction.Update, SourceId = $"src-{i}", SourceName = $"Source {i}", SourceType = "CMDB",
        TargetId = $"fs-{i}", TargetName = $"App {i}", TargetType = "Application", Message = $"item {i}"
    };

    [Fact]
    public async Task CreateEntryAsync_posts_the_run_then_its_items_in_batches_and_returns_the_derived_status()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var items = Enumerable.Range(1, 2500).Select(i => Item(i, i == 1700 ? SyncLogStatus.Warning : SyncLogStatus.Ok)).ToList();

        var entry = await lx.SyncLog.CreateEntryAsync(new SyncLogEntry
        {
            Name = "CMDB import", Topic = "LeanIX Automation Platform", Trigger = "FULL_SYNC_JOB", Scope = "FULL",
            Progress = SyncLogProgress.Finished, Message = "done", Total = 2500, Processed = 2500, Warnings = 1
        }, items);

        Assert.True(Guid.TryParse(entry.Id, out _));
        Assert.Equal(SyncLogStatus.Warning, entry.Status); // derived from the items (D46)
        Assert.NotNull(entry.CreatedAt);
        Assert.NotNull(entry.FinishedAt); // set by the server for a final progress
        Assert.Equal(2500, entry.Total);
        Assert.Equal(1, entry.Warnings);

        var stored = await lx.SyncLog.Items(entry.Id!).ToListAsync();
        Assert.Equal(2500, stored.Count); // three batches of at most 1000 (D45)
        Assert.Equal(items.Select(i => i.SourceId), stored.Select(i => i.SourceId)); // in the order sent
        Assert.All(stored, i => Assert.Equal(entry.Id, i.SynchronizationId));
        Assert.Equal("App 7", stored[6].TargetName);
        var warnings = await lx.SyncLog.Items(entry.Id!, SyncLogStatus.Warning).ToListAsync();
        Assert.Equal("src-1700", Assert.Single(warnings).SourceId);
    }

    [Fact]
    public async Task A_run_is_updated_read_aborted_and_listed_with_filters()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var running = await lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Name = "sync A", Topic = "Jira", Trigger = "LEANIX_CHANGES", Progress = SyncLogProgress.Running });
        var other = await lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Name = "sync B", Topic = "ServiceNow", Trigger = "FULL_SYNC_MANUAL", Status = SyncLogStatus.Info });

        var updated = await lx.SyncLog.UpdateEntryAsync(running.Id!, running with { Processed = 4, Total = 9, Message = "half way" });
        Assert.Equal(4, updated.Processed);
        Assert.Equal("half way", (await lx.SyncLog.GetEntryAsync(running.Id!)).Message);
        Assert.Equal(running.CreatedAt, updated.CreatedAt);

        var aborting = await lx.SyncLog.RequestAbortionAsync(running.Id!);
        Assert.Equal(SyncLogProgress.AbortionPending, aborting.Progress);

        Assert.Equal(["sync B"], (await lx.SyncLog.List(new SyncLogQuery { Topic = "ServiceNow" }).ToListAsync()).Select(e => e.Name));
        Assert.Equal(["sync B"], (await lx.SyncLog.List(new SyncLogQuery { Status = SyncLogStatus.Info }).ToListAsync()).Select(e => e.Name));
        Assert.Equal(["sync A"], (await lx.SyncLog.List(new SyncLogQuery { Progress = SyncLogProgress.AbortionPending }).ToListAsync()).Select(e => e.Name));
        Assert.Equal(["sync A", "sync B"], (await lx.SyncLog.List(new SyncLogQuery { Sort = "name-asc" }).ToListAsync()).Select(e => e.Name));
        Assert.Equal(2, (await lx.SyncLog.List().ToListAsync()).Count);
        Assert.Equal(["Jira", "ServiceNow"], await lx.SyncLog.GetTopicsAsync());
        Assert.Equal(["FULL_SYNC_MANUAL", "LEANIX_CHANGES"], await lx.SyncLog.GetTriggersAsync());
        Assert.Equal(other.Id, (await lx.SyncLog.GetEntryAsync(other.Id!)).Id);
    }

    [Fact]
    public async Task The_list_pages_with_the_page_number_as_continuation_token()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        for (var i = 0; i < 7; i++) await lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Name = $"run {i}" });
        var pages = new List<Page<SyncLogEntry>>();
        await foreach (var page in lx.SyncLog.List().AsPages(pageSizeHint: 3)) pages.Add(page);
        Assert.Equal([3, 3, 1], pages.Select(p => p.Values.Count));
        Assert.Equal("2", pages[0].ContinuationToken);
        Assert.Equal(7, pages.SelectMany(p => p.Values).Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task AddItemsAsync_returns_the_created_items_and_DeleteItemsAsync_clears_them()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var entry = await lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Name = "r" });
        var added = await lx.SyncLog.AddItemsAsync(entry.Id!, [Item(1, SyncLogStatus.Error), new SyncLogItem { SourceId = "bare" }]);
        Assert.Equal(2, added.Count);
        Assert.All(added, i => Assert.True(Guid.TryParse(i.Id, out _)));
        Assert.All(added, i => Assert.NotNull(i.CreatedAt));
        Assert.Equal(SyncLogAction.None, added[1].Action);
        Assert.Equal(SyncLogStatus.Error, (await lx.SyncLog.GetEntryAsync(entry.Id!)).Status);

        await lx.SyncLog.DeleteItemsAsync(entry.Id!);
        Assert.Empty(await lx.SyncLog.Items(entry.Id!).ToListAsync());
        Assert.Equal(SyncLogStatus.Ok, (await lx.SyncLog.GetEntryAsync(entry.Id!)).Status);
    }

    [Fact]
    public async Task Refusals_surface_as_typed_exceptions_and_bad_arguments_fail_before_sending()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var unknown = Guid.NewGuid().ToString();
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.SyncLog.GetEntryAsync(unknown));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.SyncLog.AddItemsAsync(unknown, [Item(1)]));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.SyncLog.Items(unknown).ToListAsync());

        var bad = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Progress = "DONE" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("progress", bad.Message);
        var ended = await lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Progress = SyncLogProgress.Finished });
        var conflict = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.SyncLog.RequestAbortionAsync(ended.Id!));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, conflict.Status);

        await Assert.ThrowsAsync<ArgumentException>(() => lx.SyncLog.GetEntryAsync("not-a-uuid"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lx.SyncLog.UpdateEntryAsync("", new SyncLogEntry()));
    }

    [Fact]
    public async Task A_viewer_token_reads_the_log_but_cannot_write_it()
    {
        await using var host = await RoleHosts.StartAsync(role: "VIEWER");
        using var lx = RoleHosts.SecondClient(host);
        Assert.Empty(await lx.SyncLog.List().ToListAsync());
        var refused = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.SyncLog.CreateEntryAsync(new SyncLogEntry { Name = "x" }));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.Status);
    }
}
