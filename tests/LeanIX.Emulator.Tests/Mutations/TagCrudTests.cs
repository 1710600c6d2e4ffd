using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class TagCrudTests
{
    [Fact]
    public void Create_tag_group_and_tag_with_defaults_and_events()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "Hosting", "HST", "where it runs", "single", true, ["Application"], ["Application"]));
        Assert.Equal([EventTypes.TagGroupCreated], bed.LastRecords.Select(r => r.EventType));
        var stored = bed.State.TagGroups.Get(group.Id)!;
        Assert.Equal("SINGLE", stored.Mode);
        Assert.True(stored.Mandatory);
        Assert.Equal(["Application"], stored.RestrictToFactSheetTypes);
        Assert.Equal(["Application"], stored.MandatoryForFactSheetTypes);

        var tag = bed.Run(tx => TagMutations.CreateTag(tx, "Cloud", "desc", null, group.Id));
        Assert.Equal("#d3d3d3", bed.State.Tags.Get(tag.Id)!.Color);
        Assert.Equal(group.Id, bed.State.Tags.Get(tag.Id)!.TagGroupId);
        Assert.Equal(EventTypes.TagCreated, bed.LastRecords.Single().EventType);
        Assert.Equal("#d3d3d3", bed.LastRecords.Single().NewValue!["bgColor"]!.GetValue<string>());
    }

    [Fact]
    public void Create_rejects_bad_input()
    {
        using var bed = new MutationTestBed();
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "SOME", false, null, null)).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "SINGLE", false, ["Spaceship"], null)).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.CreateTag(tx, "T", null, "red", null)).ErrorType);
        var missing = Guid.NewGuid();
        Assert.Equal($"TagGroup with id '{missing}' not found", bed.Fails(tx => TagMutations.CreateTag(tx, "T", null, null, missing)).Message);
        bed.Run(tx => TagMutations.CreateTag(tx, "T", null, null, null));
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.CreateTag(tx, "T", null, null, null)).ErrorType);
        Assert.Single(bed.State.Tags.All);
    }

    [Fact]
    public void Update_tag_group_paths()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "MULTIPLE", false, null, null));
        bed.Run(tx => TagMutations.UpdateTagGroup(tx, group.Id,
        [
            Replace("/name", "Hosting"), Replace("/shortName", "HST"), Replace("/description", "d"), Replace("/mode", "SINGLE"),
            Replace("/mandatory", "true"), Replace("/restrictToFactSheetTypes", "[\"Application\",\"ITComponent\"]")
        ]));
        var stored = bed.State.TagGroups.Get(group.Id)!;
        Assert.Equal(("Hosting", "HST", "d", "SINGLE", true), (stored.Name, stored.ShortName, stored.Description, stored.Mode, stored.Mandatory));
        Assert.Equal(["Application", "ITComponent"], stored.RestrictToFactSheetTypes);
        var updated = bed.LastRecords.Single();
        Assert.Equal(EventTypes.TagGroupUpdated, updated.EventType);
        Assert.Equal("G", updated.OldValue!["name"]!.GetValue<string>());

        var error = bed.Fails(tx => TagMutations.UpdateTagGroup(tx, group.Id, [Replace("/colour", "x")]));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Equal("/colour", error.ObjectPath);
    }

    [Fact]
    public void Making_a_group_single_fails_while_a_fact_sheet_holds_two_of_its_tags()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "MULTIPLE", false, null, null));
        var a = bed.Run(tx => TagMutations.CreateTag(tx, "A", null, null, group.Id));
        var b = bed.Run(tx => TagMutations.CreateTag(tx, "B", null, null, group.Id));
        bed.Create("Application", "App", Add("/tags", $"[{{\"tagId\":\"{a.Id}\"}},{{\"tagId\":\"{b.Id}\"}}]"));
        var error = bed.Fails(tx => TagMutations.UpdateTagGroup(tx, group.Id, [Replace("/mode", "SINGLE")]));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.Equal("MULTIPLE", bed.State.TagGroups.Get(group.Id)!.Mode);
    }

    [Fact]
    public void Update_tag_paths()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "MULTIPLE", false, null, null));
        var tag = bed.Run(tx => TagMutations.CreateTag(tx, "T", null, null, null));
        bed.Run(tx => TagMutations.UpdateTag(tx, tag.Id,
            [Replace("/name", "T2"), Replace("/description", "d"), Replace("/color", "#aabbcc"), Replace("/tagGroupId", group.Id.ToString()), Replace("/status", "ARCHIVED")]));
        var stored = bed.State.Tags.Get(tag.Id)!;
        Assert.Equal(("T2", "d", "#aabbcc", (Guid?)group.Id, "ARCHIVED"), (stored.Name, stored.Description, stored.Color, stored.TagGroupId, stored.Status));
        Assert.Equal(EventTypes.TagUpdated, bed.LastRecords.Single().EventType);

        bed.Run(tx => TagMutations.UpdateTag(tx, tag.Id, [Remove("/tagGroupId")]));
        Assert.Null(bed.State.Tags.Get(tag.Id)!.TagGroupId);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.UpdateTag(tx, tag.Id, [Replace("/tagGroupId", Guid.NewGuid().ToString())])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.UpdateTag(tx, tag.Id, [Replace("/mode", "SINGLE")])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.UpdateTag(tx, Guid.NewGuid(), [Replace("/name", "x")])).ErrorType);
    }

    [Fact]
    public void Delete_tag_group_only_when_empty_and_delete_tag_only_when_unused()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "G", null, null, "MULTIPLE", false, null, null));
        var tag = bed.Run(tx => TagMutations.CreateTag(tx, "T", null, null, group.Id));
        var app = bed.Create("Application", "App", Add("/tags", $"[{{\"tagId\":\"{tag.Id}\"}}]"));

        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.DeleteTagGroup(tx, group.Id)).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.Fails(tx => TagMutations.DeleteTag(tx, tag.Id)).ErrorType);

        bed.Update(app.Id, Remove("/tags", $"[{{\"tagId\":\"{tag.Id}\"}}]"));
        var deletedTag = bed.Run(tx => TagMutations.DeleteTag(tx, tag.Id));
        Assert.Equal(tag.Id, deletedTag.Id);
        Assert.Null(bed.State.Tags.Get(tag.Id));
        Assert.Equal(EventTypes.TagDeleted, bed.LastRecords.Single().EventType);

        var deletedGroup = bed.Run(tx => TagMutations.DeleteTagGroup(tx, group.Id));
        Assert.Equal("G", deletedGroup.Name);
        Assert.Null(bed.State.TagGroups.Get(group.Id));
        Assert.Equal(EventTypes.TagGroupDeleted, bed.LastRecords.Single().EventType);
        Assert.Equal($"TagGroup with id '{group.Id}' not found", bed.Fails(tx => TagMutations.DeleteTagGroup(tx, group.Id)).Message);
    }
}
