using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>D73/D82/D89 on the client: full tag records, upserts, deletes and the cache being refreshed by writes.</summary>
public class TagWriteTests
{
    [Fact]
    public async Task Tag_records_carry_every_member_including_usage_counters()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var state = host.Workspace.State;
        var tags = await client.Tags.AllAsync();
        Assert.Equal(state.Tags.All.Count(), tags.Count);
        foreach (var tag in tags)
        {
            var carriers = state.FactSheets.All.Count(fs => fs.IsActive && fs.TagIds.Contains(tag.Id));
            Assert.Equal(carriers, tag.FactSheetCount);
            Assert.Equal(carriers == 0, tag.Deletable);
        }
        Assert.Contains(tags, t => t.FactSheetCount > 0);
        foreach (var group in await client.Tags.GroupsAsync())
        {
            var stored = state.TagGroups.Get(group.Id)!;
            Assert.Equal(stored.Description, group.Description);
            Assert.Equal(stored.Mandatory, group.Mandatory);
            Assert.Equal(stored.MandatoryForFactSheetTypes, group.MandatoryForFactSheetTypes);
            Assert.Equal(state.Tags.OwnedBy(group.Id).Count(), group.TagCount);
        }
    }

    [Fact]
    public async Task Upserts_create_then_update_and_refresh_the_cached_tags()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        Assert.Empty(await client.Tags.AllAsync()); // loaded (and cached) before the writes

        var group = await client.Tags.UpsertTagGroupAsync("Hosting", shortName: "HO", description: "Where it runs",
            restrictToFactSheetTypes: ["Application", "ITComponent"]);
        Assert.Equal("MULTIPLE", group.Mode);
        Assert.Equal(["Application", "ITComponent"], group.RestrictToFactSheetTypes);
        Assert.Equal(0, group.TagCount);

        var changed = await client.Tags.UpsertTagGroupAsync("hosting", mode: "single", mandatory: true, mandatoryForFactSheetTypes: ["Application"]);
        Assert.Equal(group.Id, changed.Id);
        Assert.Equal("SINGLE", changed.Mode);
        Assert.True(changed.Mandatory);
        Assert.Equal("Where it runs", changed.Description);
        Assert.Equal(["Application"], changed.MandatoryForFactSheetTypes);

        var cloud = await client.Tags.UpsertTagAsync("Hosting", "Cloud", description: "public cloud", color: "#336699");
        Assert.Equal(group.Id, cloud.Group!.Id);
        Assert.Equal(1, cloud.Group.TagCount);
        Assert.Equal("#336699", cloud.Color);
        Assert.True(cloud.Deletable);
        var recoloured = await client.Tags.UpsertTagAsync("Hosting", "Cloud", color: "#000000", status: "archived");
        Assert.Equal(cloud.Id, recoloured.Id);
        Assert.Equal("public cloud", recoloured.Description);
        Assert.Equal("ARCHIVED", recoloured.Status);
        Assert.Equal("#000000", (await client.Tags.GetAsync("Hosting", "Cloud")).Color);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Tags.UpsertTagGroupAsync("X", mode: "SOME"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Tags.UpsertTagAsync(null, "X", status: "GONE"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Tags.UpsertTagAsync(null, " "));
        var unknownGroup = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Tags.UpsertTagAsync("Nope", "X"));
        Assert.Contains("Nope", unknownGroup.Message);
    }

    [Fact]
    public async Task Deleting_a_tag_in_use_or_a_group_with_tags_fails_and_unused_ones_are_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        await client.Tags.UpsertTagGroupAsync("Hosting");
        var cloud = await client.Tags.UpsertTagAsync("Hosting", "Cloud");
        var app = await client.FactSheets.Of("Application").CreateAsync("Tagged App");
        await app.AddTagAsync("Hosting", "Cloud");
        client.Tags.Reload();
        Assert.Equal(1, (await client.Tags.GetAsync("Hosting", "Cloud")).FactSheetCount);

        var inUse = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Tags.DeleteTagAsync(cloud.Id));
        Assert.Contains("1 fact sheet", inUse.Message);
        var notEmpty = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Tags.DeleteTagGroupAsync(cloud.Group!.Id));
        Assert.Contains("1 tag", notEmpty.Message);

        await app.RemoveTagAsync("Hosting", "Cloud");
        await client.Tags.DeleteTagAsync(cloud.Id);
        Assert.Empty(await client.Tags.AllAsync());
        await client.Tags.DeleteTagGroupAsync(cloud.Group!.Id);
        Assert.Empty(await client.Tags.GroupsAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => client.Tags.DeleteTagAsync(Guid.Empty));
    }
}
