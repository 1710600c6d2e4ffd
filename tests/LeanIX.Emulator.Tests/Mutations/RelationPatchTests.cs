using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class RelationPatchTests
{
    private const string AppToItc = "/relApplicationToITComponent";

    [Fact]
    public void Create_stores_the_from_end_and_typed_fields_and_touches_both_ends()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App");
        bed.Update(app.Id, Add(AppToItc + "/new_1",
            Rel(itc.Id, "\"activeFrom\":\"2023-11-29\",\"activeUntil\":\"2024-11-29\",\"description\":\"main\",\"costTotalAnnual\":1200")));

        var relation = Assert.Single(bed.ActiveRelationsOf(app.Id));
        Assert.Equal("applicationITComponentRelation", relation.DefinitionName);
        Assert.Equal(app.Id, relation.FromId);
        Assert.Equal(itc.Id, relation.ToId);
        Assert.Equal("2023-11-29", relation.ActiveFrom);
        Assert.Equal("2024-11-29", relation.ActiveUntil);
        Assert.Equal("main", relation.Description);
        Assert.Equal(1200.0, relation.Fields["costTotalAnnual"]!.GetValue<double>());
        Assert.Equal(1, bed.Get(app.Id).Rev);
        Assert.Equal(1, bed.Get(itc.Id).Rev);
        Assert.Equal([EventTypes.RelationCreated, EventTypes.FactSheetUpdated], bed.LastRecords.Select(r => r.EventType));
        var created = bed.LastRecords[0];
        Assert.Equal("Relation", created.EntityType);
        Assert.Equal(relation.Id, created.EntityId);
        Assert.Equal(app.Id, created.FactSheetId);
    }

    [Fact]
    public void Either_end_can_create_and_the_from_id_stays_the_model_from_end()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var itc = bed.Create("ITComponent", "DB", Add("/relITComponentToApplication/new_x", Rel(app.Id)));
        var relation = Assert.Single(bed.ActiveRelationsOf(itc.Id));
        Assert.Equal(app.Id, relation.FromId);
        Assert.Equal(itc.Id, relation.ToId);
        Assert.Equal(app.Id, bed.LastRecords.Single(r => r.EventType == EventTypes.RelationCreated).FactSheetId);

        // The other end edits the same relation through its own key.
        bed.Update(app.Id, Replace($"{AppToItc}/{relation.Id}", Rel(itc.Id, "\"description\":\"seen from app\"")));
        Assert.Equal("seen from app", bed.State.Relations.Get(relation.Id)!.Description);
    }

    [Fact]
    public void Multiple_select_relation_fields_accept_arrays_and_bare_strings()
    {
        using var bed = new MutationTestBed();
        var ug1 = bed.Create("UserGroup", "G1");
        var ug2 = bed.Create("UserGroup", "G2");
        var app = bed.Create("Application", "App",
            Add("/relApplicationToUserGroup/new_1", Rel(ug1.Id, "\"usageType\":[\"owner\",\"user\"],\"numberOfUsers\":25")),
            Add("/relApplicationToUserGroup/new_2", Rel(ug2.Id, "\"usageType\":\"owner\"")));
        var relations = bed.ActiveRelationsOf(app.Id).ToDictionary(r => r.ToId);
        Assert.Equal("""["owner","user"]""", relations[ug1.Id].Fields["usageType"]!.ToJsonString());
        Assert.Equal(25L, relations[ug1.Id].Fields["numberOfUsers"]!.GetValue<long>());
        Assert.Equal("""["owner"]""", relations[ug2.Id].Fields["usageType"]!.ToJsonString());

        var bad = bed.UpdateFails(app.Id, Replace($"/relApplicationToUserGroup/{relations[ug2.Id].Id}", Rel(ug2.Id, "\"usageType\":[\"boss\"]")));
        Assert.Equal("[FS_VALIDATION_INVALID_VALUE] Value 'boss' is not allowed for field 'usageType'", bad.Message);
        var unknownField = bed.UpdateFails(app.Id, Replace($"/relApplicationToUserGroup/{relations[ug2.Id].Id}", Rel(ug2.Id, "\"colour\":\"red\"")));
        Assert.Equal(MutationErrorType.ModelCompliant, unknownField.ErrorType);
    }

    [Fact]
    public void Replace_replaces_all_attributes_and_keeps_the_id()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App",
            Add(AppToItc + "/new_1", Rel(itc.Id, "\"description\":\"d\",\"activeFrom\":\"2020-01-01\",\"costTotalAnnual\":5")));
        var id = bed.ActiveRelationsOf(app.Id).Single().Id;
        var itcRev = bed.Get(itc.Id).Rev;

        bed.Update(app.Id, Replace($"{AppToItc}/{id}", Rel(itc.Id, "\"description\":\"new\"")));
        var relation = bed.State.Relations.Get(id)!;
        Assert.Equal("new", relation.Description);
        Assert.Null(relation.ActiveFrom);
        Assert.Empty(relation.Fields);
        Assert.Equal(itcRev + 1, bed.Get(itc.Id).Rev);
        var updated = bed.LastRecords[0];
        Assert.Equal(EventTypes.RelationUpdated, updated.EventType);
        Assert.Equal("d", updated.OldValue!["description"]!.GetValue<string>());

        // The same value again changes nothing: no event, no rev bump.
        var rev = bed.Get(app.Id).Rev;
        bed.Update(app.Id, Add($"{AppToItc}/{id}", Rel(itc.Id, "\"description\":\"new\"")));
        Assert.Equal(rev, bed.Get(app.Id).Rev);
        Assert.Empty(bed.LastRecords);
    }

    [Fact]
    public void Switching_the_target_keeps_the_id_and_records_the_old_target()
    {
        using var bed = new MutationTestBed();
        var old = bed.Create("ITComponent", "Old");
        var @new = bed.Create("ITComponent", "New");
        var app = bed.Create("Application", "App", Add(AppToItc + "/new_1", Rel(old.Id)));
        var id = bed.ActiveRelationsOf(app.Id).Single().Id;
        var oldRev = bed.Get(old.Id).Rev;

        bed.Update(app.Id, Replace($"{AppToItc}/{id}", Rel(@new.Id)));
        var relation = bed.State.Relations.Get(id)!;
        Assert.Equal(@new.Id, relation.ToId);
        Assert.Empty(bed.ActiveRelationsOf(old.Id));
        Assert.Equal(oldRev + 1, bed.Get(old.Id).Rev);
        Assert.Equal(1, bed.Get(@new.Id).Rev);
        var sw = bed.LastRecords[0];
        Assert.Equal(EventTypes.RelationSwitch, sw.EventType);
        Assert.Equal(old.Id.ToString(), sw.OldValue!.GetValue<string>());
        Assert.Equal(id, sw.EntityId);
    }

    [Fact]
    public void Remove_deletes_the_relation_and_touches_both_ends()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App", Add(AppToItc + "/new_1", Rel(itc.Id)));
        var id = bed.ActiveRelationsOf(app.Id).Single().Id;
        var itcRev = bed.Get(itc.Id).Rev;

        bed.Update(app.Id, Remove($"{AppToItc}/{id}", ""));
        Assert.Null(bed.State.Relations.Get(id));
        Assert.Equal(itcRev + 1, bed.Get(itc.Id).Rev);
        Assert.Equal([EventTypes.RelationDeleted, EventTypes.FactSheetUpdated], bed.LastRecords.Select(r => r.EventType));

        var again = bed.UpdateFails(app.Id, Remove($"{AppToItc}/{id}"));
        Assert.Equal(MutationErrorType.BusinessLogic, again.ErrorType);
        Assert.Equal($"Relation with id '{id}' not found", again.Message);
    }

    [Fact]
    public void Invalid_targets_and_dates_are_model_compliant_errors()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var archived = bed.Create("ITComponent", "Gone");
        bed.Update(archived.Id, Add("/status", "ARCHIVED"));
        var provider = bed.Create("Provider", "P");
        var app = bed.Create("Application", "App");

        void ModelError(string path, string value, string expectedFragment)
        {
            var error = bed.UpdateFails(app.Id, Add(path, value));
            Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
            Assert.Contains(expectedFragment, error.Message);
            Assert.Equal(path, error.ObjectPath);
        }

        ModelError("/relToSuccessor/new_1", Rel(app.Id), "itself");
        ModelError(AppToItc + "/new_1", Rel(Guid.NewGuid()), "does not exist");
        ModelError(AppToItc + "/new_1", Rel(archived.Id), "archived");
        ModelError(AppToItc + "/new_1", Rel(provider.Id), "type ITComponent");
        ModelError(AppToItc + "/new_1", Rel(itc.Id, "\"activeFrom\":\"2024-01-02\",\"activeUntil\":\"2024-01-01\""), "activeFrom");
        ModelError(AppToItc + "/new_1", Rel(itc.Id, "\"activeFrom\":\"yesterday\""), "YYYY-MM-DD");
        ModelError(AppToItc + "/new_1", "{\"description\":\"no target\"}", "factSheetId");
        ModelError(AppToItc + "/new_1", "not json", "JSON");
        ModelError("/relProviderToITComponent/new_1", Rel(itc.Id), "not defined");
        Assert.Empty(bed.ActiveRelationsOf(app.Id));
        Assert.Equal(0, bed.Get(itc.Id).Rev); // no failed attempt bumped the target
    }

    [Fact]
    public void A_second_relation_with_the_same_key_to_the_same_target_is_rejected()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App", Add(AppToItc + "/new_1", Rel(itc.Id)));
        var duplicate = bed.UpdateFails(app.Id, Add(AppToItc + "/new_2", Rel(itc.Id)));
        Assert.Equal(MutationErrorType.ModelCompliant, duplicate.ErrorType);
        Assert.Equal("Relation", duplicate.EntityType);
        // Also within one patch list, and from the other end.
        Assert.Equal(MutationErrorType.ModelCompliant, bed.Fails(tx => FactSheetMutations.Update(tx, itc.Id, null,
            [Add("/relITComponentToApplication/new_1", Rel(app.Id))], null)).ErrorType);
        var other = bed.Create("Application", "Other");
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(other.Id,
            Add(AppToItc + "/new_1", Rel(itc.Id)), Add(AppToItc + "/new_2", Rel(itc.Id))).ErrorType);
        Assert.Single(bed.ActiveRelationsOf(itc.Id));
    }

    [Fact]
    public void Editing_an_unknown_or_foreign_relation_id_is_not_found()
    {
        using var bed = new MutationTestBed();
        var itc = bed.Create("ITComponent", "DB");
        var app = bed.Create("Application", "App", Add(AppToItc + "/new_1", Rel(itc.Id)));
        var other = bed.Create("Application", "Other");
        var id = bed.ActiveRelationsOf(app.Id).Single().Id;

        Assert.Equal($"Relation with id '{id}' not found", bed.UpdateFails(other.Id, Replace($"{AppToItc}/{id}", Rel(itc.Id))).Message);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.UpdateFails(app.Id, Replace($"{AppToItc}/{Guid.NewGuid()}", Rel(itc.Id))).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic, bed.UpdateFails(app.Id, Remove($"/relApplicationToUserGroup/{id}")).ErrorType);
    }
}
