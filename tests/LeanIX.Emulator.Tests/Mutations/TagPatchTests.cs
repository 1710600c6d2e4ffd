using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class TagPatchTests
{
    private static string ById(params Guid[] ids) => "[" + string.Join(",", ids.Select(id => $"{{\"tagId\":\"{id}\"}}")) + "]";

    [Fact]
    public void Add_by_id_keeps_insertion_order_and_a_present_tag_is_a_silent_no_op()
    {
        using var bed = new MutationTestBed();
        var t1 = bed.Run(tx => TagMutations.CreateTag(tx, "One", null, null, null));
        var t2 = bed.Run(tx => TagMutations.CreateTag(tx, "Two", null, null, null));
        var app = bed.Create("Application", "App");

        bed.Update(app.Id, Add("/tags", ById(t2.Id, t1.Id)));
        Assert.Equal([t2.Id, t1.Id], bed.Get(app.Id).TagIds);
        Assert.Equal(1, bed.Get(app.Id).Rev);
        Assert.Equal([EventTypes.FactSheetTagAdded, EventTypes.FactSheetTagAdded, EventTypes.FactSheetUpdated],
            bed.LastRecords.Select(r => r.EventType));
        Assert.Equal("Two", bed.LastRecords[0].NewValue!["tagName"]!.GetValue<string>());
        Assert.Equal(t2.Id, bed.LastRecords[0].EntityId);
        Assert.Equal(app.Id, bed.LastRecords[0].FactSheetId);

        bed.Update(app.Id, Add("/tags", ById(t1.Id)));
        Assert.Equal(1, bed.Get(app.Id).Rev);
        Assert.Empty(bed.LastRecords);
    }

    [Fact]
    public void Tag_by_name_reuses_an_ungrouped_tag_or_creates_one()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "Hosting", null, null, "MULTIPLE", false, null, null));
        var grouped = bed.Run(tx => TagMutations.CreateTag(tx, "Cloud", null, null, group.Id));
        var ungrouped = bed.Run(tx => TagMutations.CreateTag(tx, "Legacy", null, null, null));
        var app = bed.Create("Application", "App");

        bed.Update(app.Id, Add("/tags", "[{\"tagName\":\"Legacy\"},{\"tagName\":\"Cloud\"}]"));
        var tags = bed.Get(app.Id).TagIds;
        Assert.Equal(ungrouped.Id, tags[0]);
        Assert.NotEqual(grouped.Id, tags[1]); // a grouped tag of that name is not reused
        var created = bed.State.Tags.Get(tags[1])!;
        Assert.Equal("Cloud", created.Name);
        Assert.Null(created.TagGroupId);
        Assert.Equal(Tag.DefaultColor, created.Color);
        Assert.Equal(EventTypes.TagCreated, bed.LastRecords[1].EventType);
        Assert.Equal(3, bed.State.Tags.All.Count());
    }

    [Fact]
    public void Remove_and_replace_tags()
    {
        using var bed = new MutationTestBed();
        var ids = Enumerable.Range(1, 3).Select(i => bed.Run(tx => TagMutations.CreateTag(tx, $"T{i}", null, null, null)).Id).ToArray();
        var app = bed.Create("Application", "App", Add("/tags", ById(ids)));

        bed.Update(app.Id, Remove("/tags", ById(ids[1], ids[1])));
        Assert.Equal([ids[0], ids[2]], bed.Get(app.Id).TagIds);
        Assert.Equal([EventTypes.FactSheetTagRemoved, EventTypes.FactSheetUpdated], bed.LastRecords.Select(r => r.EventType));

        bed.Update(app.Id, Replace("/tags", ById(ids[1], ids[0])));
        Assert.Equal([ids[1], ids[0]], bed.Get(app.Id).TagIds);
        Assert.Equal([EventTypes.FactSheetTagRemoved, EventTypes.FactSheetTagAdded, EventTypes.FactSheetUpdated],
            bed.LastRecords.Select(r => r.EventType));

        // Removing an absent tag changes nothing.
        bed.Update(app.Id, Remove("/tags", ById(ids[2])));
        Assert.Empty(bed.LastRecords);

        bed.Update(app.Id, Remove("/tags"));
        Assert.Empty(bed.Get(app.Id).TagIds);
    }

    [Fact]
    public void Unknown_tag_id_is_a_business_logic_error()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var unknown = Guid.NewGuid();
        var error = bed.UpdateFails(app.Id, Add("/tags", ById(unknown)));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Equal($"Tag with id '{unknown}' not found", error.Message);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Add("/tags", "[{\"color\":\"red\"}]")).ErrorType);
    }

    [Fact]
    public void Single_group_allows_one_tag_unless_the_old_one_is_removed_first()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "Hosting", "HST", null, "SINGLE", false, null, null));
        var cloud = bed.Run(tx => TagMutations.CreateTag(tx, "Cloud", null, "#1a2b3c", group.Id));
        var onPrem = bed.Run(tx => TagMutations.CreateTag(tx, "OnPrem", null, null, group.Id));
        var app = bed.Create("Application", "App", Add("/tags", ById(cloud.Id)));

        var error = bed.UpdateFails(app.Id, Add("/tags", ById(onPrem.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.Equal([cloud.Id], bed.Get(app.Id).TagIds);

        bed.Update(app.Id, Remove("/tags", ById(cloud.Id)), Add("/tags", ById(onPrem.Id)));
        Assert.Equal([onPrem.Id], bed.Get(app.Id).TagIds);
        bed.Update(app.Id, Replace("/tags", ById(cloud.Id)));
        Assert.Equal([cloud.Id], bed.Get(app.Id).TagIds);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Replace("/tags", ById(cloud.Id, onPrem.Id))).ErrorType);
    }

    [Fact]
    public void Restricted_group_rejects_other_fact_sheet_types()
    {
        using var bed = new MutationTestBed();
        var group = bed.Run(tx => TagMutations.CreateTagGroup(tx, "App only", null, null, "MULTIPLE", false, ["Application"], null));
        var tag = bed.Run(tx => TagMutations.CreateTag(tx, "X", null, null, group.Id));
        var app = bed.Create("Application", "App", Add("/tags", ById(tag.Id)));
        Assert.Single(bed.Get(app.Id).TagIds);

        var itc = bed.Create("ITComponent", "DB");
        var error = bed.UpdateFails(itc.Id, Add("/tags", ById(tag.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.Empty(bed.Get(itc.Id).TagIds);
    }
}
