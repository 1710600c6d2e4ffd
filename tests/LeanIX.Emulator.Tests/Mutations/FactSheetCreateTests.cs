using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class FactSheetCreateTests
{
    [Fact]
    public void Create_applies_patches_keeps_rev_zero_and_emits_created_last()
    {
        using var bed = new MutationTestBed();
        var created = bed.Create("Application", "Demo CRM",
            Add("/description", "Customer data"), Add("/businessCriticality", "missionCritical"), Add("/tags", "[{\"tagName\":\"Cloud\"}]"));

        var stored = bed.Get(created.Id);
        Assert.Equal("Demo CRM", stored.Name);
        Assert.Equal("Application", stored.Type);
        Assert.Equal("Customer data", stored.Description);
        Assert.Equal("missionCritical", stored.StringField("businessCriticality"));
        Assert.Equal(0, stored.Rev);
        Assert.Equal(FactSheetStatus.Active, stored.Status);
        Assert.Equal(stored.CreatedAt, stored.UpdatedAt);
        Assert.NotEqual(default, stored.UpdatedAt);
        Assert.Single(stored.TagIds);
        Assert.Equal(
            [EventTypes.TagCreated, EventTypes.FactSheetTagAdded, EventTypes.FactSheetCreated],
            bed.LastRecords.Select(r => r.EventType));
        var createdEvent = bed.LastRecords[^1];
        Assert.Equal(created.Id, createdEvent.EntityId);
        Assert.Equal(created.Id, createdEvent.FactSheetId);
        Assert.Equal("FactSheet", createdEvent.EntityType);
    }

    [Fact]
    public void Create_with_a_relation_bumps_only_the_other_end()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App", Add("/relApplicationToITComponent/new_1", Rel(itc.Id)));

        Assert.Equal(0, bed.Get(app.Id).Rev);
        Assert.Equal(1, bed.Get(itc.Id).Rev);
        Assert.Equal([EventTypes.RelationCreated, EventTypes.FactSheetCreated], bed.LastRecords.Select(r => r.EventType));
    }

    [Fact]
    public void Create_with_an_unknown_type_is_a_business_logic_error()
    {
        using var bed = new MutationTestBed();
        var error = bed.Fails(tx => FactSheetMutations.Create(tx, "Spaceship", "X", []));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Contains("Spaceship", error.Message);
        Assert.Empty(bed.State.FactSheets.All);
    }

    [Fact]
    public void Create_without_a_name_is_rejected()
    {
        using var bed = new MutationTestBed();
        var error = bed.Fails(tx => FactSheetMutations.Create(tx, "Application", "  ", []));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.Equal("/name", error.ObjectPath);
    }

    [Fact]
    public void Create_with_an_invalid_patch_creates_nothing()
    {
        using var bed = new MutationTestBed();
        var error = bed.Fails(tx => FactSheetMutations.Create(tx, "Application", "A", [Add("/descriptio", "x")]));
        Assert.Equal("The path '/descriptio' is invalid in FactSheet schema Application.", error.Message);
        Assert.Empty(bed.State.FactSheets.All);
        Assert.DoesNotContain(bed.State.ChangeLog, r => r.EntityType == "FactSheet");
    }
}
