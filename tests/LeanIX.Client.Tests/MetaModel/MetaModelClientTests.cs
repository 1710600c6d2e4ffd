using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.MetaModel;

public class MetaModelClientTests
{
    private static Task<ActionBatch> CreateRiskFieldAsync(LeanIXClient lx, string section = "compliance", string subsection = "audits") =>
        lx.MetaModel.CreateFieldAsync("Application", "riskClass", "MULTI_SELECT", section, subsection,
            index: 0, size: 6, weight: 2.5, readOnly: true, renderType: "status",
            icon: new JsonObject { ["type"] = "warning", ["color"] = "#bf110d" },
            values: ["low", "high"],
            metadata: new JsonObject { ["values"] = new JsonObject { ["high"] = new JsonObject { ["bgColor"] = "#bf110d" } } },
            translations: [new MetaModelTranslation("en", "Risk class", "How risky the application is"), new MetaModelTranslation("de", "Risikoklasse", IsLabelEmpty: false)],
            valueTranslations: new Dictionary<string, IReadOnlyList<MetaModelTranslation>> { ["high"] = [new MetaModelTranslation("fr", "Élevé")] });

    [Fact]
    public async Task Sections_subsections_and_a_field_with_every_parameter_are_created_and_read_back()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var before = await lx.DataModel.GetAsync();

        var section = await lx.MetaModel.CreateSectionAsync("Application", "compliance", "Compliance");
        Assert.True(section.IsDone);
        await lx.MetaModel.CreateSubsectionAsync("Application", "compliance", "audits", "Audits", "Audit findings");
        var field = await CreateRiskFieldAsync(lx);
        Assert.True(field.IsDone);
        Assert.Equal(["CREATE_ITEM", "CREATE_ITEM", "CREATE_ITEM", "UPDATE_VIEW", "UPDATE_TRANSLATION", "UPDATE_TRANSLATION", "UPDATE_TRANSLATION", "MOVE_ITEM"],
            field.Actions.Select(a => a.Type));

        // The cached data model was dropped: the next read sees the field.
        var after = await lx.DataModel.GetAsync();
        Assert.NotSame(before, after);
        Assert.Contains("compliance", await lx.MetaModel.SectionsAsync("Application"));
        Assert.Equal(["audits"], await lx.MetaModel.SubsectionsAsync("Application", "compliance"));
        var properties = Assert.Single(await lx.MetaModel.FieldPropertiesAsync("Application", "compliance", "audits"));
        Assert.Equal("riskClass", (string?)properties["key"]);
        Assert.Equal("MULTIPLE_SELECT", (string?)properties["type"]);
        Assert.Equal(6, (int)properties["size"]!);
        Assert.Equal(2.5, (double)properties["weight"]!);
        Assert.True((bool)properties["readOnly"]!);
        Assert.Equal("status", (string?)properties["renderType"]);
        Assert.Equal("warning", (string?)properties["metadata"]!["icon"]!["type"]);
        Assert.Equal("#bf110d", (string?)properties["metadata"]!["values"]!["high"]!["bgColor"]);

        var translations = await lx.MetaModel.FieldTranslationsAsync("Application", "riskClass");
        Assert.Equal(MetaModelTranslation.Languages, translations.Field.Keys);
        Assert.Equal("Risk class", translations.Field["en"].Label);
        Assert.Equal("How risky the application is", translations.Field["en"].HelpText);
        Assert.Equal("Risikoklasse", translations.Field["de"].Label);
        Assert.False(translations.Field["de"].IsLabelEmpty);
        Assert.Equal("Risk Class", translations.Field["pt"].Label); // untranslated languages show the generated label
        Assert.Equal("Élevé", translations.Values["high"]["fr"].Label);
        Assert.Equal(["low", "high"], translations.Values.Keys);
        Assert.Equal("Risikoklasse", (await lx.DataModel.GetLanguageAsync("de")).FieldLabel("Application", "riskClass"));
    }

    [Fact]
    public async Task Batches_are_listed_filtered_and_read_and_the_actions_of_an_item_are_found()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var section = await lx.MetaModel.CreateSectionAsync("Application", "compliance", "Compliance");
        await lx.MetaModel.CreateSubsectionAsync("Application", "compliance", "audits");
        var field = await CreateRiskFieldAsync(lx);
        var other = await lx.MetaModel.CreateSectionAsync("ITComponent", "lifecycleExtras");

        var all = await lx.MetaModel.AllBatchesAsync();
        Assert.Equal(4, all.Count);
        Assert.Equal(other.Id, all[0].Id); // newest first
        Assert.Equal([field.Id], (await lx.MetaModel.FindBatchesAsync(subtype: MetaModelSubtypes.FieldValue)).Select(b => b.Id));
        Assert.Equal([other.Id], (await lx.MetaModel.FindBatchesAsync(factSheetType: "ITComponent")).Select(b => b.Id));
        Assert.Equal(3, (await lx.MetaModel.FindBatchesAsync(factSheetType: "Application", name: "compliance")).Count);
        Assert.Equal([section.Id], (await lx.MetaModel.FindBatchesAsync(MetaModelSubtypes.Section, "Application", "compliance")).Select(b => b.Id));

        var actions = await lx.MetaModel.ActionsOfBatchAsync(section.Id);
        Assert.Equal(["CREATE_ITEM", "UPDATE_TRANSLATION"], actions.Select(a => a.Type));
        Assert.Equal("Application/compliance", actions[1].Node.InputNode);
        Assert.Equal("SECTION_NODE", actions[1].Node.NodeType);
        Assert.All(actions, a => Assert.Equal("DONE", a.Status));

        var ofField = await lx.MetaModel.ActionsForFieldAsync("Application", "riskClass");
        Assert.Equal(8, ofField.Count);
        Assert.Equal("MOVE_ITEM", ofField[0].Type);
        Assert.Equal(9, (await lx.MetaModel.ActionsForSubsectionAsync("Application", "compliance", "audits")).Count);
        Assert.Equal(11, (await lx.MetaModel.ActionsForSectionAsync("Application", "compliance")).Count);
        Assert.Empty(await lx.MetaModel.ActionsForFieldAsync("Application", "businessCriticality"));
    }

    [Fact]
    public async Task A_batch_with_one_invalid_action_applies_nothing_and_the_helpers_throw_with_the_batch()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var model = await lx.DataModel.GetAsync();

        var batch = await lx.MetaModel.CreateBatchAsync(
        [
            new(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Section, "Application", new JsonObject { ["key"] = "compliance" }),
            new(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Field, "Application/compliance/missing", new JsonObject { ["key"] = "x", ["type"] = "STRING" })
        ]);
        Assert.False(batch.IsDone);
        Assert.Equal("ERROR", batch.Status);
        Assert.Equal(["VALID", "INVALID"], batch.Actions.Select(a => a.Status));
        Assert.Contains("Application/compliance/missing", batch.Actions[1].Error);
        Assert.Same(model, await lx.DataModel.GetAsync()); // nothing changed, nothing reloaded
        Assert.DoesNotContain("compliance", await lx.MetaModel.SectionsAsync("Application"));

        var refused = await Assert.ThrowsAsync<LeanIXMetaModelBatchException>(() => lx.MetaModel.CreateSubsectionAsync("Application", "nowhere", "audits"));
        Assert.Contains("Application/nowhere", refused.Message);
        Assert.Equal("ERROR", refused.Batch.Status);
        var typeless = await Assert.ThrowsAsync<LeanIXMetaModelBatchException>(() =>
            lx.MetaModel.CreateFieldAsync("Application", "name", "STRING", "information", "baseInformation"));
        Assert.Contains("already exists", typeless.Message);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_sending_and_unknown_items_are_not_found()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateFieldAsync("Application", "x", "DATE_TIME", "information", "baseInformation"));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateFieldAsync("Application", "x", "STRING", "information", "baseInformation", size: 5));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateFieldAsync("Application", "x", "STRING", "information", "baseInformation", renderType: "fancy"));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateFieldAsync("Application", "x", "STRING", "information", "baseInformation", values: ["a"]));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateSectionAsync("Application", "a/b"));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.MetaModel.CreateBatchAsync([]));
        Assert.Empty(await lx.MetaModel.AllBatchesAsync());

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.MetaModel.GetBatchAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.MetaModel.SectionsAsync("Spaceship"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.MetaModel.SubsectionsAsync("Application", "nowhere"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.MetaModel.FieldPropertiesAsync("Application", "information", "nowhere"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.MetaModel.FieldTranslationsAsync("Application", "noSuchField"));
    }

    [Fact]
    public async Task Unused_fields_are_data_model_fields_no_subsection_places()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        Assert.Empty(await lx.MetaModel.UnusedFieldsAsync());

        await CreateRiskFieldAsync(lx, "information", "baseInformation");
        // Deleting the subsection leaves its fields in the data model, shown nowhere.
        var removed = await lx.MetaModel.CreateBatchAsync([new(MetaModelActionTypes.DeleteItem, MetaModelSubtypes.Subsection, "Application/information/baseInformation")]);
        Assert.True(removed.IsDone);
        var unused = await lx.MetaModel.UnusedFieldsAsync();
        var application = Assert.Single(unused).Value;
        Assert.Contains("riskClass", application);
        Assert.Contains("name", application);
        Assert.True((await lx.DataModel.GetAsync()).Type("Application").Fields.ContainsKey("riskClass"));
    }

    [Fact]
    public async Task A_viewer_reads_the_meta_model_but_cannot_send_a_batch()
    {
        await using var host = await RoleHosts.StartAsync("demo");
        using var viewer = RoleHosts.SecondClient(host);
        Assert.NotEmpty(await viewer.MetaModel.SectionsAsync("Application"));
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.MetaModel.CreateSectionAsync("Application", "compliance"));
        Assert.Empty(await viewer.MetaModel.AllBatchesAsync());
    }
}
