using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Store;

/// <summary>Issue 9, deliver 3: readers work on an immutable version; a commit publishes the next one.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly SqliteStore _store = SqliteStore.Open(null);
    private readonly Workspace _workspace;

    public SnapshotTests() => _workspace = new Workspace(Guid.NewGuid(), "snapshots", DataModel.LoadBuiltIn("v4"), _store, TestClock.Start());

    private static FactSheet NewFactSheet(string name) => new() { Id = Guid.NewGuid(), Name = name, Type = "Application" };

    private void Commit(Action<WorkspaceTransaction> change)
    {
        var tx = _workspace.Begin(null);
        change(tx);
        _workspace.Commit(tx);
    }

    [Fact]
    public async Task A_pinned_reader_keeps_its_version_while_a_writer_commits_without_waiting_for_it()
    {
        var first = NewFactSheet("First");
        Commit(tx => tx.FactSheets.Add(first));

        using (await _workspace.ReadLockAsync())
        {
            var pinned = _workspace.State;
            // The writer's turn is free although a reader is active: it is taken at once.
            var turn = _workspace.LockAsync();
            Assert.True(turn.IsCompletedSuccessfully);
            using (await turn)
            {
                Commit(tx => tx.FactSheets.Add(NewFactSheet("Second")));
                Commit(tx => tx.FactSheets.Edit(first.Id)!.Name = "Renamed");
            }
            Assert.Same(pinned, _workspace.State);
            Assert.Equal(["First"], _workspace.State.FactSheets.All.Select(f => f.Name));
            Assert.Equal(2, _workspace.Latest.Version - pinned.Version);
        }
        Assert.Equal(["Renamed", "Second"], _workspace.State.FactSheets.All.Select(f => f.Name));
    }

    [Fact]
    public async Task The_pin_flows_into_async_work_and_ends_with_its_scope()
    {
        Commit(tx => tx.FactSheets.Add(NewFactSheet("A")));
        WorkspaceState seenInside;
        using (await _workspace.ReadLockAsync())
        {
            Commit(tx => tx.FactSheets.Add(NewFactSheet("B")));
            seenInside = await Task.Run(async () =>
            {
                await Task.Yield();
                return _workspace.State;
            });
        }
        Assert.Single(seenInside.FactSheets.All);
        Assert.Equal(2, _workspace.State.FactSheets.Count);
    }

    [Fact]
    public void A_new_version_shares_untouched_sets_and_leaves_the_old_one_intact()
    {
        var fs = NewFactSheet("Owner");
        var relation = new Relation { Id = Guid.NewGuid(), FromId = fs.Id, ToId = Guid.NewGuid(), DefinitionName = "relApplicationToITComponent" };
        Commit(tx => { tx.FactSheets.Add(fs); tx.Relations.Add(relation); });
        var before = _workspace.State;
        Commit(tx => tx.Relations.Remove(relation.Id));
        var after = _workspace.State;

        Assert.Same(before.FactSheets, after.FactSheets);
        Assert.Single(before.Relations.OwnedBy(fs.Id));
        Assert.Empty(after.Relations.OwnedBy(fs.Id));
        Assert.NotNull(before.Relations.Get(relation.Id));
        Assert.Null(after.Relations.Get(relation.Id));
    }

    [Fact]
    public void Entities_keep_the_order_they_were_first_added_in_when_replaced()
    {
        var set = new EntitySet<FactSheet>();
        var a = NewFactSheet("a");
        var b = NewFactSheet("b");
        set.Put(a);
        set.Put(b);
        var renamed = a.Clone();
        renamed.Name = "a2";
        var next = set.With(new Dictionary<Guid, FactSheet?> { [a.Id] = renamed, [Guid.NewGuid()] = null });
        Assert.Equal(["a2", "b"], next.All.Select(f => f.Name));
        Assert.Equal(["a", "b"], set.All.Select(f => f.Name));
    }

    [Fact]
    public void A_transaction_begun_on_an_older_version_is_refused()
    {
        var stale = _workspace.Begin(null);
        stale.FactSheets.Add(NewFactSheet("Late"));
        Commit(tx => tx.FactSheets.Add(NewFactSheet("Early")));
        Assert.Throws<InvalidOperationException>(() => _workspace.Commit(stale));
    }

    public void Dispose() => _store.Dispose();
}
