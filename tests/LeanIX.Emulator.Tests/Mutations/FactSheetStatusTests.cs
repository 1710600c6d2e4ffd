using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class FactSheetStatusTests
{
    [Fact]
    public void Archiving_archives_all_relations_and_bumps_the_other_ends()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var ug = bed.Create("UserGroup", "Sales");
        var app = bed.Create("Application", "App",
            Add("/relApplicationToITComponent/new_1", Rel(itc.Id)), Add("/relApplicationToUserGroup/new_2", Rel(ug.Id)));
        var itcRev = bed.Get(itc.Id).Rev;
        var ugRev = bed.Get(ug.Id).Rev;

        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, 0, [Add("/status", "ARCHIVED")], "Duplicate"));

        Assert.Equal(FactSheetStatus.Archived, bed.Get(app.Id).Status);
        Assert.Equal(1, bed.Get(app.Id).Rev);
        Assert.Equal(itcRev + 1, bed.Get(itc.Id).Rev);
        Assert.Equal(ugRev + 1, bed.Get(ug.Id).Rev);
        Assert.NotEmpty(bed.State.Relations.OwnedBy(app.Id));
        Assert.All(bed.State.Relations.OwnedBy(app.Id), r => Assert.Equal(FactSheetStatus.Archived, r.Status));
        Assert.Equal(
            [EventTypes.RelationArchived, EventTypes.RelationArchived, EventTypes.FactSheetArchived, EventTypes.FactSheetUpdated],
            bed.LastRecords.Select(r => r.EventType));
        var archived = bed.LastRecords.Single(r => r.EventType == EventTypes.FactSheetArchived);
        Assert.Equal("Duplicate", archived.Message);
        Assert.All(bed.LastRecords.Where(r => r.EntityType == "Relation"), r => Assert.Equal(app.Id, r.FactSheetId));
    }

    [Fact]
    public void Archiving_twice_fails_clearly()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        bed.Update(app.Id, Add("/status", "ARCHIVED"));
        var error = bed.UpdateFails(app.Id, Add("/status", "ARCHIVED"));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Contains("already archived", error.Message);
        Assert.Equal(1, bed.Get(app.Id).Rev);
    }

    [Fact]
    public void Recovering_restores_the_fact_sheet_but_not_its_relations()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App", Add("/relApplicationToITComponent/new_1", Rel(itc.Id)));
        bed.Update(app.Id, Add("/status", "ARCHIVED"));
        bed.Update(app.Id, Replace("/status", "ACTIVE"));

        Assert.Equal(FactSheetStatus.Active, bed.Get(app.Id).Status);
        Assert.Empty(bed.ActiveRelationsOf(app.Id));
        Assert.Equal([EventTypes.FactSheetRecovered, EventTypes.FactSheetUpdated], bed.LastRecords.Select(r => r.EventType));
    }

    [Fact]
    public void Recovering_an_active_fact_sheet_is_a_no_op_and_invalid_statuses_fail()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        bed.Update(app.Id, Add("/status", "ACTIVE"));
        Assert.Equal(0, bed.Get(app.Id).Rev);
        Assert.Empty(bed.LastRecords);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Add("/status", "DELETED")).ErrorType);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Remove("/status")).ErrorType);
    }

    [Fact]
    public void An_archived_fact_sheet_cannot_gain_relations_until_recovered()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App");
        bed.Update(app.Id, Add("/status", "ARCHIVED"));
        var error = bed.UpdateFails(app.Id, Add("/relApplicationToITComponent/new_1", Rel(itc.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);

        bed.Update(app.Id, Add("/status", "ACTIVE"), Add("/relApplicationToITComponent/new_1", Rel(itc.Id)));
        Assert.Single(bed.ActiveRelationsOf(app.Id));
    }
}
