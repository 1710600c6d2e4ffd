using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class FactSheetFieldPatchTests
{
    [Fact]
    public void Name_description_and_string_fields_are_set_and_cleared()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        bed.Update(app.Id, Replace("/name", "B"), Add("/description", "d"), Add("/alias", "al"), Replace("/release", "4.4"));
        var fs = bed.Get(app.Id);
        Assert.Equal("B", fs.Name);
        Assert.Equal("d", fs.Description);
        Assert.Equal("al", fs.StringField("alias"));
        Assert.Equal("4.4", fs.StringField("release"));

        bed.Update(app.Id, Remove("/description"), Remove("/alias", ""));
        fs = bed.Get(app.Id);
        Assert.Null(fs.Description);
        Assert.False(fs.Fields.ContainsKey("alias"));
    }

    [Fact]
    public void Name_cannot_be_removed_or_emptied()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        var removed = bed.UpdateFails(app.Id, Remove("/name"));
        Assert.Equal(MutationErrorType.ModelCompliant, removed.ErrorType);
        Assert.Equal("/name", removed.ObjectPath);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Replace("/name", "")).ErrorType);
        Assert.Equal("A", bed.Get(app.Id).Name);
    }

    [Fact]
    public void Single_select_accepts_only_declared_keys()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        bed.Update(app.Id, Replace("/functionalSuitability", "perfect"));
        Assert.Equal("perfect", bed.Get(app.Id).StringField("functionalSuitability"));

        var error = bed.UpdateFails(app.Id, Replace("/functionalSuitability", "great"));
        Assert.Equal(MutationErrorType.ModelCompliant, error.ErrorType);
        Assert.Equal("[FS_VALIDATION_INVALID_VALUE] Value 'great' is not allowed for field 'functionalSuitability'", error.Message);
        Assert.Equal("FactSheet", error.EntityType);
        Assert.Equal(app.Id.ToString(), error.ObjectId);
        Assert.Equal("/functionalSuitability", error.ObjectPath);
    }

    [Fact]
    public void Lifecycle_is_stored_sorted_and_replaced_whole()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        bed.Update(app.Id, Replace("/lifecycle",
            "{\"phases\":[{\"phase\":\"active\",\"startDate\":\"2020-01-01\"},{\"phase\":\"plan\",\"startDate\":\"2019-01-12\"}]}"));
        var lifecycle = bed.Get(app.Id).Field("lifecycle")!;
        Assert.Equal("""{"phases":[{"phase":"plan","startDate":"2019-01-12"},{"phase":"active","startDate":"2020-01-01"}]}""", lifecycle.ToJsonString());

        bed.Update(app.Id, Replace("/lifecycle", "{\"phases\":[{\"phase\":\"endOfLife\",\"startDate\":\"2030-01-01\"}]}"));
        Assert.Single(bed.Get(app.Id).Field("lifecycle")!["phases"]!.AsArray());

        var badPhase = bed.UpdateFails(app.Id, Replace("/lifecycle", "{\"phases\":[{\"phase\":\"retired\",\"startDate\":\"2030-01-01\"}]}"));
        Assert.StartsWith("[FS_VALIDATION_INVALID_VALUE] Value 'retired'", badPhase.Message);
        var badDate = bed.UpdateFails(app.Id, Replace("/lifecycle", "{\"phases\":[{\"phase\":\"plan\",\"startDate\":\"01.01.2030\"}]}"));
        Assert.Equal(MutationErrorType.ModelCompliant, badDate.ErrorType);

        bed.Update(app.Id, Remove("/lifecycle"));
        Assert.Null(bed.Get(app.Id).Field("lifecycle"));
    }

    [Fact]
    public void External_id_is_stored_in_wire_form_and_unique_per_type_among_active()
    {
        using var bed = new MutationTestBed();
        var a = bed.Create("Application", "A", Replace("/externalId", "{\"type\":\"ExternalId\",\"externalId\":\"CRM-1\"}"));
        var stored = bed.Get(a.Id).Field("externalId")!;
        Assert.Equal("ExternalId", stored["type"]!.GetValue<string>());
        Assert.Equal("CRM-1", stored["externalId"]!.GetValue<string>());
        Assert.Equal("ACTIVE", stored["status"]!.GetValue<string>());

        var b = bed.Create("Application", "B");
        var clash = bed.UpdateFails(b.Id, Replace("/externalId", "{\"externalId\":\"CRM-1\"}"));
        Assert.Equal(MutationErrorType.ModelCompliant, clash.ErrorType);

        // Another type may use the same id; an archived holder frees it.
        var itc = bed.Create("ITComponent", "I", Replace("/externalId", "{\"externalId\":\"CRM-1\"}"));
        Assert.Equal("CRM-1", bed.Get(itc.Id).Field("externalId")!["externalId"]!.GetValue<string>());
        bed.Update(a.Id, Add("/status", "ARCHIVED"));
        bed.Update(b.Id, Replace("/externalId", "{\"externalId\":\"CRM-1\"}"));
        Assert.Equal("CRM-1", bed.Get(b.Id).Field("externalId")!["externalId"]!.GetValue<string>());

        // Recovering the first one would now duplicate the id.
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(a.Id, Add("/status", "ACTIVE")).ErrorType);

        bed.Update(b.Id, Remove("/externalId", ""));
        Assert.Null(bed.Get(b.Id).Field("externalId"));
    }

    [Fact]
    public void Location_is_geocoded_offline_and_unknown_places_keep_null_geo_members()
    {
        using var bed = new MutationTestBed();
        var ug = bed.Create("UserGroup", "Acme", Replace("/location", "{\"rawAddress\":\"Munich, Germany\"}"));
        var location = bed.Get(ug.Id).Field("location")!;
        Assert.Equal("Munich, Germany", location["rawAddress"]!.GetValue<string>());
        Assert.Equal("Munich", location["geoCity"]!.GetValue<string>());
        Assert.Equal("Germany", location["geoCountry"]!.GetValue<string>());
        Assert.Equal("DE", location["geoCountryCode"]!.GetValue<string>());
        Assert.InRange(location["latitude"]!.GetValue<double>(), 48.0, 48.3);
        Assert.InRange(location["longitude"]!.GetValue<double>(), 11.4, 11.7);

        bed.Update(ug.Id, Replace("/location", "{\"rawAddress\":\"France\"}"));
        location = bed.Get(ug.Id).Field("location")!;
        Assert.Null(location["geoCity"]);
        Assert.Equal("FR", location["geoCountryCode"]!.GetValue<string>());

        bed.Update(ug.Id, Replace("/location", "{\"rawAddress\":\"Atlantis\"}"));
        location = bed.Get(ug.Id).Field("location")!;
        Assert.Equal("Atlantis", location["rawAddress"]!.GetValue<string>());
        Assert.Null(location["geoCountry"]);
        Assert.Null(location["latitude"]);
        Assert.True(location.AsObject().ContainsKey("geoCity"));
    }

    [Fact]
    public void Lx_state_and_na_fields_follow_the_patch_rules()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        bed.Update(app.Id, Replace("/lxState", "APPROVED"), Add("/naFields", "[\"relToParent\",\"alias\"]"));
        Assert.Equal("APPROVED", bed.Get(app.Id).LxState);
        Assert.Equal(["relToParent", "alias"], bed.Get(app.Id).NaFields);

        bed.Update(app.Id, Add("/naFields", "[\"alias\",\"release\"]"));
        Assert.Equal(["relToParent", "alias", "release"], bed.Get(app.Id).NaFields);
        bed.Update(app.Id, Remove("/naFields", "[\"alias\"]"));
        Assert.Equal(["relToParent", "release"], bed.Get(app.Id).NaFields);
        bed.Update(app.Id, Replace("/naFields", "[\"lifecycle\"]"));
        Assert.Equal(["lifecycle"], bed.Get(app.Id).NaFields);

        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Replace("/lxState", "SHINY")).ErrorType);
        Assert.Equal(MutationErrorType.ModelCompliant, bed.UpdateFails(app.Id, Add("/naFields", "[\"noSuchField\"]")).ErrorType);
    }

    [Theory]
    [InlineData("/descriptio")]
    [InlineData("/subscriptions")]
    [InlineData("/documents")]
    [InlineData("/name/first")]
    [InlineData("description")]
    [InlineData("/relToParent/not-a-guid")]
    [InlineData("/release/x")]
    [InlineData("/relNothingToNowhere/new_1")]
    public void Unknown_paths_are_business_logic_errors_with_the_documented_message(string path)
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        var error = bed.UpdateFails(app.Id, Add(path, "x"));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Equal($"The path '{path}' is invalid in FactSheet schema Application.", error.Message);
        Assert.Equal(path, error.ObjectPath);
    }

    [Fact]
    public void Unknown_operation_is_rejected()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A");
        var error = bed.UpdateFails(app.Id, new PatchOperation("move", "/description", "x"));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        // Operations are case-insensitive.
        bed.Update(app.Id, new PatchOperation("REPLACE", "/description", "x"));
        Assert.Equal("x", bed.Get(app.Id).Description);
    }

    [Fact]
    public void Unknown_fact_sheet_is_not_found()
    {
        using var bed = new MutationTestBed();
        var id = Guid.NewGuid();
        var error = bed.UpdateFails(id, Add("/description", "x"));
        Assert.Equal(MutationErrorType.BusinessLogic, error.ErrorType);
        Assert.Equal($"FactSheet with id '{id}' not found", error.Message);
        Assert.Equal(id.ToString(), error.ObjectId);
    }

    [Fact]
    public void Field_updated_events_carry_d26_wrappers_one_per_changed_field()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "A", Add("/functionalSuitability", "perfect"));
        bed.Run(tx => FactSheetMutations.Update(tx, app.Id, null,
            [Replace("/functionalSuitability", "appropriate"), Replace("/functionalSuitability", "insufficient"),
             Replace("/externalId", "{\"externalId\":\"X-1\"}"), Replace("/name", "B")], "why"));

        var fields = bed.LastRecords.Where(r => r.EventType == EventTypes.FactSheetFieldUpdated).ToList();
        // One event per changed field, in data-model order, though /functionalSuitability was patched twice.
        Assert.Equal(["/name", "/externalId", "/functionalSuitability"], fields.Select(r => r.Path));
        var select = fields.Single(r => r.Path == "/functionalSuitability");
        Assert.Equal("""{"type":"SingleSelect","keyword":"perfect"}""", select.OldValue!.ToJsonString());
        Assert.Equal("""{"type":"SingleSelect","keyword":"insufficient"}""", select.NewValue!.ToJsonString());
        var name = fields.Single(r => r.Path == "/name");
        Assert.Equal("""{"type":"StringValue","value":"A"}""", name.OldValue!.ToJsonString());
        var externalId = fields.Single(r => r.Path == "/externalId");
        Assert.Null(externalId.OldValue);
        Assert.Equal("ExternalId", externalId.NewValue!["type"]!.GetValue<string>());
        Assert.All(fields, r => Assert.Equal("why", r.Message));
        Assert.Equal(EventTypes.FactSheetUpdated, bed.LastRecords[^1].EventType);
        Assert.Equal("why", bed.LastRecords[^1].Message);
    }

    [Fact]
    public void Multiple_select_integer_and_double_values_use_their_wire_types()
    {
        // v3 has no such fact-sheet fields, so these go through FieldValues directly with ad-hoc definitions.
        var multi = new Model.FieldDefinition("platforms", Model.FieldType.MultipleSelect, ["macOS", "windows"], false);
        Assert.Equal("""["macOS","windows"]""", Parse(multi, "[\"macOS\",\"windows\",\"macOS\"]")!.ToJsonString());
        Assert.Equal("""["windows"]""", Parse(multi, "windows")!.ToJsonString());
        Assert.Throws<MutationException>(() => Parse(multi, "[\"linux\"]"));

        var integer = new Model.FieldDefinition("n", Model.FieldType.Integer, [], false);
        Assert.Equal(42L, Parse(integer, "42")!.GetValue<long>());
        Assert.Equal(MutationErrorType.ModelCompliant, Assert.Throws<MutationException>(() => Parse(integer, "4.4")).ErrorType);

        var dbl = new Model.FieldDefinition("d", Model.FieldType.Double, [], false);
        Assert.Equal(4.4, Parse(dbl, "4.4")!.GetValue<double>());
        Assert.Equal(MutationErrorType.ModelCompliant, Assert.Throws<MutationException>(() => Parse(dbl, "four")).ErrorType);

        Assert.Equal("""{"type":"MultipleSelect","values":["windows"]}""",
            FieldValueWrapper.Wrap(Model.FieldType.MultipleSelect, Parse(multi, "windows"))!.ToJsonString());
        Assert.Equal("""{"type":"IntegerValue","value":42}""", FieldValueWrapper.Wrap(Model.FieldType.Integer, Parse(integer, "42"))!.ToJsonString());

        static JsonNode? Parse(Model.FieldDefinition f, string v) => FieldValues.FromPatch(f, v, "FactSheet", null, "/" + f.Key);
    }
}
