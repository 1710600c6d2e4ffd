using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Store;

/// <summary>
/// A new entity kind is its class plus one registration: the set, the transaction overlay, the SQLite
/// rows and the change log follow. The kind is registered in a registry of this test only, so the
/// built-in registry other tests use never sees it.
/// </summary>
public sealed class EntityKindRegistrationTests : IDisposable
{
    private static readonly EntityKinds WithNotes = EntityKinds.BuiltIn.With<Note>(n => [n.FactSheetId]);
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-kinds-").FullName;
    private readonly Guid _workspaceId = Guid.NewGuid();
    private readonly Guid _factSheetId = Guid.NewGuid();
    private readonly Guid _noteId = Guid.NewGuid();

    /// <summary>A test-only entity: a note on a fact sheet.</summary>
    public sealed class Note : IEntity<Note>
    {
        public Guid Id { get; init; }
        public Guid FactSheetId { get; init; }
        public string Text { get; set; } = "";

        public Note Clone() => new() { Id = Id, FactSheetId = FactSheetId, Text = Text };
    }

    [Fact]
    public void A_registered_kind_goes_through_transaction_SQLite_restart_and_change_log()
    {
        using (var store = SqliteStore.Open(DataFile))
        {
            var workspace = Open(store, WithNotes);
            var tx = workspace.Begin(null);
            tx.Add(new Note { Id = _noteId, FactSheetId = _factSheetId, Text = "first" }, "NOTE_CREATED", _factSheetId);
            Assert.Equal("first", tx.Source<Note>().Get(_noteId)?.Text);
            Assert.Empty(workspace.State.Set<Note>().All); // uncommitted: only the overlay has it
            workspace.Commit(tx);

            // A nested transaction edits a copy and merges into its parent.
            var outer = workspace.Begin(null);
            var nested = new WorkspaceTransaction(outer, null, workspace.Clock);
            nested.Overlay<Note>().Edit(_noteId)!.Text = "edited";
            Assert.Equal("first", workspace.State.Set<Note>().Get(_noteId)!.Text);
            nested.CommitToParent();
            workspace.Commit(outer);
            Assert.Equal("edited", Assert.Single(workspace.State.Set<Note>().OwnedBy(_factSheetId)).Text);
        }

        using (var store = SqliteStore.Open(DataFile))
        {
            var restarted = Open(store, WithNotes);
            Assert.Equal("edited", restarted.State.Set<Note>().Get(_noteId)?.Text);
            var record = Assert.Single(restarted.State.ChangesOf(_factSheetId));
            Assert.Equal(("Note", "NOTE_CREATED", _noteId), (record.EntityType, record.EventType, record.EntityId));
            Assert.Equal(1, record.Sequence);

            var tx = restarted.Begin(null);
            tx.Remove<Note>(_noteId, "NOTE_DELETED", _factSheetId);
            restarted.Commit(tx);
        }

        using (var store = SqliteStore.Open(DataFile))
        {
            var again = Open(store, WithNotes);
            Assert.Empty(again.State.Set<Note>().All);
            Assert.Equal(["NOTE_CREATED", "NOTE_DELETED"], again.State.ChangesOf(_factSheetId).Select(r => r.EventType));

            // The built-in registry is untouched: a plain workspace neither knows nor loads notes.
            Assert.Null(EntityKinds.BuiltIn.ByName("Note"));
            var plain = Open(store, null);
            Assert.Throws<InvalidOperationException>(() => plain.State.Set<Note>());
        }
    }

    [Fact]
    public void Every_built_in_kind_is_registered_once_under_its_type_name()
    {
        // The core kinds first, in this order; the admin services' kinds follow (one line each in BuiltIn).
        var names = EntityKinds.BuiltIn.All.Select(k => k.Name).ToList();
        Assert.Equal(
            ["FactSheet", "Relation", "Tag", "TagGroup", "SubscriptionRole", "Subscription", "Document", "User", "RelationConstraint"],
            names.Take(9));
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.All(EntityKinds.BuiltIn.All, k => Assert.Equal(k.EntityType.Name, k.Name));
        Assert.All(["Synchronization", "SyncItem", "Todo", "MetricSchema", "MetricPoint", "MetricChart"], kind => Assert.Contains(kind, names));
        Assert.Throws<InvalidOperationException>(() => WithNotes.With<Note>());
    }

    private string DataFile => Path.Combine(_directory, "emulator.db");

    private Workspace Open(SqliteStore store, EntityKinds? kinds)
    {
        var workspace = new Workspace(_workspaceId, "notes", DataModel.LoadBuiltIn("v4"), store, TestClock.Start(), kinds);
        store.LoadInto(workspace.State);
        return workspace;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
