using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class RevisionAndAtomicityTests
{
    [Fact]
    public void Rev_grows_by_one_per_effective_mutation_as_in_the_d19_sequence()
    {
        using var bed = new MutationTestBed();
        var tag = bed.Run(tx => TagMutations.CreateTag(tx, "Cloud", null, null, null));
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App");
        Assert.Equal(0, bed.Get(app.Id).Rev);

        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 0, [Add("/tags", $"[{{\"tagId\":\"{tag.Id}\"}}]")], null));
        Assert.Equal(1, bed.Get(app.Id).Rev);
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 1, [Add("/relApplicationToITComponent/new_1", Rel(itc.Id))], null));
        Assert.Equal(2, bed.Get(app.Id).Rev);
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 2, [Replace("/description", "d"), Replace("/alias", "a")], null));
        Assert.Equal(3, bed.Get(app.Id).Rev);
        bed.Run(tx => DocumentMutations.Create(tx, app.Id, 3, "Doc", null, null, null, null, null, null));
        Assert.Equal(4, bed.Get(app.Id).Rev);
        bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, 4, new UserRef(AliceId, null), "OBSERVER", []));
        Assert.Equal(5, bed.Get(app.Id).Rev);

        // A comment alone, or a patch without effect, changes nothing.
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 5, [], "just a comment"));
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 5, [Replace("/description", "d")], null));
        Assert.Equal(5, bed.Get(app.Id).Rev);
        Assert.Empty(bed.LastRecords);
        Assert.True(bed.Get(app.Id).UpdatedAt >= bed.Get(app.Id).CreatedAt);
    }

    [Fact]
    public void Rev_mismatch_is_a_business_logic_error_with_the_d17_message()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        bed.Update(app.Id, Replace("/description", "d"));
        var error = bed.Fails(tx => FactSheetMutations.Update(tx, app.Id, 0, [Replace("/description", "e")], null));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Equal("[FS_VALIDATION_REV_MISMATCH] Expected rev 0 but current rev is 1", error.Message);
        Assert.Equal(app.Id.ToString(), error.ObjectId);
        Assert.Equal("d", bed.Get(app.Id).Description);
    }

    [Fact]
    public void A_failing_patch_list_leaves_committed_state_and_log_untouched()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App");
        var logSize = bed.State.ChangeLog.Count;

        var error = bed.UpdateFails(app.Id,
            Replace("/description", "changed"), Add("/relApplicationToITComponent/new_1", Rel(itc.Id)),
            Add("/tags", "[{\"tagName\":\"New\"}]"), Replace("/businessCriticality", "nope"));

        Assert.Equal("/businessCriticality", error.ObjectPath);
        Assert.Null(bed.Get(app.Id).Description);
        Assert.Equal(0, bed.Get(app.Id).Rev);
        Assert.Equal(0, bed.Get(itc.Id).Rev);
        Assert.Empty(bed.State.Relations.All);
        Assert.Empty(bed.State.Tags.All);
        Assert.Equal(logSize, bed.State.ChangeLog.Count);
    }

    [Fact]
    public void Several_units_in_one_transaction_bump_rev_per_unit_and_share_one_transaction_sequence()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var tx = bed.Workspace.Begin(AliceId);
        FactSheetMutations.Update(tx, app.Id, 0, [Replace("/description", "one")], null);
        tx.CompleteUnit();
        FactSheetMutations.Update(tx, app.Id, 1, [Replace("/description", "two")], null);
        tx.CompleteUnit();
        var records = bed.Workspace.Commit(tx);

        Assert.Equal(2, bed.Get(app.Id).Rev);
        Assert.Equal("two", bed.Get(app.Id).Description);
        Assert.Single(records.Select(r => r.TransactionSequence).Distinct());
        Assert.All(records, r => Assert.Equal(AliceId, r.UserId));
    }

    [Fact]
    public void Dropping_a_transaction_after_a_later_unit_fails_discards_the_earlier_units_too()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var tx = bed.Workspace.Begin(AliceId);
        FactSheetMutations.Update(tx, app.Id, null, [Replace("/description", "one")], null);
        tx.CompleteUnit();
        Assert.Throws<MutationException>(() => FactSheetMutations.Update(tx, app.Id, 0, [Replace("/description", "two")], null));
        // The transaction is simply not committed.
        Assert.Null(bed.Get(app.Id).Description);
        Assert.Equal(0, bed.Get(app.Id).Rev);
    }

    [Fact]
    public void Events_follow_the_d28_order_tags_relations_fields_status_then_updated()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App");
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, null,
        [
            Replace("/description", "d"), Add("/status", "ARCHIVED"), Add("/status", "ACTIVE"),
            Add("/relApplicationToITComponent/new_1", Rel(itc.Id)), Add("/tags", "[{\"tagName\":\"T\"}]")
        ], "c"));
        Assert.Equal(
        [
            EventTypes.TagCreated, EventTypes.FactSheetTagAdded, EventTypes.RelationCreated, EventTypes.FactSheetFieldUpdated,
            EventTypes.FactSheetArchived, EventTypes.FactSheetRecovered, EventTypes.FactSheetUpdated
        ], bed.LastRecords.Select(r => r.EventType));
        Assert.Equal(bed.LastRecords.Select(r => r.Sequence).Order(), bed.LastRecords.Select(r => r.Sequence));
        Assert.Equal(1, bed.Get(app.Id).Rev);
    }
}
