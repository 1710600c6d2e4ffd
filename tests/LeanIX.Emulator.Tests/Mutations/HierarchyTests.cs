using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class HierarchyTests
{
    [Fact]
    public void Rel_to_parent_sets_the_parent_and_child_is_the_from_end()
    {
        using var bed = new MutationTestBed();
        var parent = bed.Create("BusinessCapability", "Sales");
        var child = bed.Create("BusinessCapability", "Quoting", Add("/relToParent/new_1", Rel(parent.Id)));

        Assert.Equal(parent.Id, FactSheetHierarchy.ParentOf(bed.State, child.Id));
        Assert.Null(FactSheetHierarchy.ParentOf(bed.State, parent.Id));
        var relation = Assert.Single(bed.ActiveRelationsOf(child.Id));
        Assert.Equal(child.Id, relation.FromId);
        Assert.Equal(parent.Id, relation.ToId);
    }

    [Fact]
    public void A_second_parent_is_not_unique_outgoing()
    {
        using var bed = new MutationTestBed();
        var p1 = bed.Create("BusinessCapability", "P1");
        var p2 = bed.Create("BusinessCapability", "P2");
        var child = bed.Create("BusinessCapability", "C", Add("/relToParent/new_1", Rel(p1.Id)));

        var error = bed.UpdateFails(child.Id, Add("/relToParent/new_2", Rel(p2.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.StartsWith("[FS_VALIDATION_RELATION_NOT_UNIQUE_OUTGOING]", error.Message);

        // Replacing the existing parent relation is a switch, not a second parent.
        var id = bed.ActiveRelationsOf(child.Id).Single().Id;
        bed.Update(child.Id, Replace($"/relToParent/{id}", Rel(p2.Id)));
        Assert.Equal(p2.Id, FactSheetHierarchy.ParentOf(bed.State, child.Id));
    }

    [Fact]
    public void Adding_a_child_that_already_has_a_parent_is_not_unique_incoming()
    {
        using var bed = new MutationTestBed();
        var p1 = bed.Create("BusinessCapability", "P1");
        var p2 = bed.Create("BusinessCapability", "P2");
        var child = bed.Create("BusinessCapability", "C", Add("/relToParent/new_1", Rel(p1.Id)));

        var error = bed.UpdateFails(p2.Id, Add("/relToChild/new_1", Rel(child.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.StartsWith("[FS_VALIDATION_RELATION_NOT_UNIQUE_INCOMING]", error.Message);

        // A parent may have many children.
        var c2 = bed.Create("BusinessCapability", "C2");
        bed.Update(p1.Id, Add("/relToChild/new_1", Rel(c2.Id)));
        Assert.Equal(p1.Id, FactSheetHierarchy.ParentOf(bed.State, c2.Id));
    }

    [Fact]
    public void Cycles_are_rejected_directly_and_through_ancestors()
    {
        using var bed = new MutationTestBed();
        var a = bed.Create("BusinessCapability", "A");
        var b = bed.Create("BusinessCapability", "B", Add("/relToParent/new_1", Rel(a.Id)));
        var c = bed.Create("BusinessCapability", "C", Add("/relToParent/new_1", Rel(b.Id)));

        var direct = bed.UpdateFails(a.Id, Add("/relToParent/new_1", Rel(b.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, direct.ErrorType);
        Assert.Contains("cycle", direct.Message);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(a.Id, Add("/relToParent/new_1", Rel(c.Id))).ErrorType);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(c.Id, Add("/relToChild/new_1", Rel(a.Id))).ErrorType);
        Assert.Null(FactSheetHierarchy.ParentOf(bed.State, a.Id));

        // Moving B under C (its own child) is a cycle too, even as a switch of B's parent relation.
        var bParent = bed.ActiveRelationsOf(b.Id).Single(r => r.FromId == b.Id).Id;
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(b.Id, Replace($"/relToParent/{bParent}", Rel(c.Id))).ErrorType);
    }

    [Fact]
    public void Archived_parent_relations_do_not_count()
    {
        using var bed = new MutationTestBed();
        var p1 = bed.Create("BusinessCapability", "P1");
        var p2 = bed.Create("BusinessCapability", "P2");
        var child = bed.Create("BusinessCapability", "C", Add("/relToParent/new_1", Rel(p1.Id)));
        bed.Update(p1.Id, Add("/status", FactSheetStatus.Archived));

        Assert.Null(FactSheetHierarchy.ParentOf(bed.State, child.Id));
        bed.Update(child.Id, Add("/relToParent/new_1", Rel(p2.Id)));
        Assert.Equal(p2.Id, FactSheetHierarchy.ParentOf(bed.State, child.Id));
    }
}
