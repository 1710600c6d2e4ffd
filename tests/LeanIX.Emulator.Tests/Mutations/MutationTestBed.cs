using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>
/// An in-memory v3 workspace with two users and the standard subscription roles. <see cref="Run{T}"/>
/// plays the GraphQL layer: one transaction, one unit (CompleteUnit), one commit.
/// </summary>
internal sealed class MutationTestBed : IDisposable
{
    private readonly SqliteStore _store = SqliteStore.Open(null);

    public MutationTestBed()
    {
        Workspace = new Workspace(Guid.NewGuid(), "t", DataModel.LoadBuiltIn("v3"), _store, TimeProvider.System);
        var tx = Workspace.Begin(null);
        tx.Users.Add(new User { Id = AliceId, UserName = "alice", Email = "Alice@Example.com", FirstName = "Alice", LastName = "A" });
        tx.Users.Add(new User { Id = BobId, UserName = "bob", Email = "bob@example.com", FirstName = "Bob", LastName = "B" });
        tx.SubscriptionRoles.Add(new SubscriptionRole { Id = ResponsibleRole, Name = "System Owner", SubscriptionType = "RESPONSIBLE" });
        tx.SubscriptionRoles.Add(new SubscriptionRole { Id = AccountableRole, Name = "Business Owner", SubscriptionType = "ACCOUNTABLE" });
        tx.SubscriptionRoles.Add(new SubscriptionRole { Id = AnyRole, Name = "Helper" });
        Workspace.Commit(tx);
    }

    public static readonly Guid AliceId = Guid.Parse("00000000-0000-4000-8000-00000000a11c");
    public static readonly Guid BobId = Guid.Parse("00000000-0000-4000-8000-000000000b0b");
    public static readonly Guid ResponsibleRole = Guid.Parse("00000000-0000-4000-8000-000000000001");
    public static readonly Guid AccountableRole = Guid.Parse("00000000-0000-4000-8000-000000000002");
    public static readonly Guid AnyRole = Guid.Parse("00000000-0000-4000-8000-000000000003");

    public Workspace Workspace { get; }

    public WorkspaceState State => Workspace.State;

    /// <summary>The change records of the last successful <see cref="Run{T}"/>.</summary>
    public IReadOnlyList<ChangeRecord> LastRecords { get; private set; } = [];

    public T Run<T>(Func<WorkspaceTransaction, T> mutation)
    {
        var tx = Workspace.Begin(AliceId);
        var result = mutation(tx);
        tx.CompleteUnit();
        LastRecords = Workspace.Commit(tx);
        return result;
    }

    public void Run(Action<WorkspaceTransaction> mutation) => Run(tx => { mutation(tx); return 0; });

    /// <summary>Runs a mutation that must fail; the transaction is dropped as the GraphQL layer would.</summary>
    public MutationException Fails(Action<WorkspaceTransaction> mutation)
    {
        var tx = Workspace.Begin(AliceId);
        return Assert.Throws<MutationException>(() => mutation(tx));
    }

    public FactSheet Create(string type, string name, params PatchOperation[] patches) =>
        Run(tx => FactSheetMutations.Create(tx, type, name, patches));

    public FactSheet Update(Guid id, params PatchOperation[] patches) =>
        Run(tx => FactSheetMutations.Update(tx, id, null, patches, null));

    public MutationException UpdateFails(Guid id, params PatchOperation[] patches) =>
        Fails(tx => FactSheetMutations.Update(tx, id, null, patches, null));

    public FactSheet Get(Guid id) => State.FactSheets.Get(id) ?? throw new InvalidOperationException($"No fact sheet {id}");

    public IEnumerable<Relation> ActiveRelationsOf(Guid id) => State.Relations.OwnedBy(id).Where(r => r.IsActive);

    public static PatchOperation Add(string path, string? value) => new("add", path, value);

    public static PatchOperation Replace(string path, string? value) => new("replace", path, value);

    public static PatchOperation Remove(string path, string? value = null) => new("remove", path, value);

    /// <summary>A relation patch value, e.g. <c>Rel(target, ("description", "x"))</c>.</summary>
    public static string Rel(Guid target, string extra = "") =>
        "{\"factSheetId\":\"" + target + "\"" + (extra.Length > 0 ? "," + extra : "") + "}";

    public void Dispose() => _store.Dispose();
}
