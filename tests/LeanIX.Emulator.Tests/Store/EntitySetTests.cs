using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Store;

/// <summary>
/// Issue 15: a set filled from nothing (seeding, loading) is sealed into hash indexes on its first read and builds
/// its persistent dictionaries only when a next version or another Put needs them. Every way out of that state must
/// read the same entities, in the same order, by id and by owner.
/// </summary>
public sealed class EntitySetTests
{
    private static readonly Guid OwnerA = Guid.NewGuid();
    private static readonly Guid OwnerB = Guid.NewGuid();

    private static Subscription Sub(Guid owner, string type) => new() { Id = Guid.NewGuid(), FactSheetId = owner, UserId = Guid.NewGuid(), Type = type };

    private static EntitySet<Subscription> Seeded(out List<Subscription> added)
    {
        var set = new EntitySet<Subscription>(s => [s.FactSheetId]);
        added = [Sub(OwnerA, "RESPONSIBLE"), Sub(OwnerB, "OBSERVER"), Sub(OwnerA, "OBSERVER"), Sub(OwnerA, "ACCOUNTABLE")];
        foreach (var s in added) set.Put(s);
        return set;
    }

    [Fact]
    public void A_seeded_set_reads_by_id_by_owner_and_in_order()
    {
        var set = Seeded(out var added);
        Assert.Equal(4, set.Count);
        Assert.Same(added[1], set.Get(added[1].Id));
        Assert.Null(set.Get(Guid.NewGuid()));
        Assert.Equal([added[0].Id, added[2].Id, added[3].Id], set.OwnedBy(OwnerA).Select(s => s.Id));
        Assert.Equal([added[1].Id], set.OwnedBy(OwnerB).Select(s => s.Id));
        Assert.Empty(set.OwnedBy(Guid.NewGuid()));
        Assert.Equal(added.Select(s => s.Id), set.All.Select(s => s.Id));
    }

    [Fact]
    public void The_next_version_of_a_read_seeded_set_applies_its_changes_and_leaves_the_old_one_alone()
    {
        var set = Seeded(out var added);
        _ = set.Get(added[0].Id); // sealed into the indexes
        var replaced = added[2].Clone();
        replaced.Type = "RESPONSIBLE";
        var extra = Sub(OwnerB, "RESPONSIBLE");
        var next = set.With(new Dictionary<Guid, Subscription?> { [added[0].Id] = null, [replaced.Id] = replaced, [extra.Id] = extra });

        Assert.Equal(4, next.Count);
        Assert.Null(next.Get(added[0].Id));
        Assert.Same(replaced, next.Get(replaced.Id));
        // A replaced entity keeps its place; a new one comes last.
        Assert.Equal([replaced.Id, added[3].Id], next.OwnedBy(OwnerA).Select(s => s.Id));
        Assert.Equal([added[1].Id, extra.Id], next.OwnedBy(OwnerB).Select(s => s.Id));
        Assert.Equal([added[1].Id, replaced.Id, added[3].Id, extra.Id], next.All.Select(s => s.Id));

        Assert.Equal(4, set.Count);
        Assert.Same(added[0], set.Get(added[0].Id));
        Assert.Equal("OBSERVER", set.Get(added[2].Id)!.Type);
        Assert.Equal([added[0].Id, added[2].Id, added[3].Id], set.OwnedBy(OwnerA).Select(s => s.Id));
    }

    [Fact]
    public void Filling_a_set_again_after_it_was_read_keeps_what_was_there()
    {
        var set = Seeded(out var added);
        Assert.Equal(3, set.OwnedBy(OwnerA).Count());
        Assert.Equal(added.Select(s => s.Id), set.All.Select(s => s.Id));
        var more = Sub(OwnerA, "RESPONSIBLE");
        set.Put(more);
        set.Remove(added[1].Id);
        Assert.Equal([added[0].Id, added[2].Id, added[3].Id, more.Id], set.All.Select(s => s.Id));
        Assert.Equal(4, set.Count);
        Assert.Null(set.Get(added[1].Id));
        Assert.Same(more, set.Get(more.Id));
        Assert.Equal([added[0].Id, added[2].Id, added[3].Id, more.Id], set.OwnedBy(OwnerA).Select(s => s.Id));
        Assert.Empty(set.OwnedBy(OwnerB));
        // Reads often enough to make the hash indexes of the refilled set as well.
        for (var i = 0; i < 200; i++)
        {
            Assert.Same(added[3], set.Get(added[3].Id));
            Assert.Equal(4, set.OwnedBy(OwnerA).Count());
        }
    }
}
