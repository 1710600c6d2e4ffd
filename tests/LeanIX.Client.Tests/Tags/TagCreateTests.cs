using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Tags;

/// <summary>Issue 12 item 7: explicit creates and deletes of tag groups and tags, with the D73 record members.</summary>
public class TagCreateTests
{
    [Fact]
    public async Task Groups_and_tags_are_created_read_with_every_member_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var group = await lx.Tags.CreateTagGroupAsync("Compliance", "single", shortName: "CO", description: "Regulatory scope",
            mandatory: true, restrictToFactSheetTypes: ["Application"], mandatoryForFactSheetTypes: ["Application"]);
        Assert.Equal(("Compliance", "SINGLE", "CO", "Regulatory scope", true), (group.Name, group.Mode, group.ShortName, group.Description, group.Mandatory));
        Assert.Equal(["Application"], group.RestrictToFactSheetTypes);
        Assert.Equal(["Application"], group.MandatoryForFactSheetTypes);
        Assert.Equal(0, group.TagCount);

        var gdpr = await lx.Tags.CreateTagAsync("Compliance", "GDPR", description: "EU data protection", color: "#112233");
        var loose = await lx.Tags.CreateTagAsync(null, "Loose");
        Assert.Equal(group.Id, gdpr.Group?.Id);
        Assert.Equal(("GDPR", "EU data protection", "#112233", "ACTIVE", 0, true),
            (gdpr.Name, gdpr.Description, gdpr.Color, gdpr.Status, gdpr.FactSheetCount, gdpr.Deletable));
        Assert.Null(loose.Group);
        Assert.Equal(1, (await lx.Tags.GetGroupAsync("compliance")).TagCount);

        await lx.Tags.DeleteTagAsync(gdpr.Id);
        await lx.Tags.DeleteTagAsync(loose.Id);
        await lx.Tags.DeleteTagGroupAsync(group.Id);
        Assert.Empty(await lx.Tags.AllAsync());
        Assert.Empty(await lx.Tags.GroupsAsync());
    }

    [Fact]
    public async Task Creating_what_exists_or_in_an_unknown_group_fails_clearly()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Tags.CreateTagGroupAsync("Compliance");
        await lx.Tags.CreateTagAsync("Compliance", "GDPR");
        await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.Tags.CreateTagGroupAsync("compliance"));
        await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.Tags.CreateTagAsync("Compliance", "GDPR"));
        var unknown = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Tags.CreateTagAsync("Nope", "X"));
        Assert.Contains("Compliance", unknown.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Tags.CreateTagGroupAsync("Bad", mode: "SOMETIMES"));
        // A non-empty group cannot be deleted (D89).
        await Assert.ThrowsAsync<LeanIXBusinessException>(async () => await lx.Tags.DeleteTagGroupAsync((await lx.Tags.GetGroupAsync("Compliance")).Id));
        await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.Tags.DeleteTagAsync(Guid.NewGuid()));
    }
}
