using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D82: tag filter, tag group sort, <c>upsertTagGroup</c> and <c>upsertTag</c>.</summary>
public class TagUpsertTests
{
    [Fact]
    public async Task AllTags_filters_by_exact_group_name_and_case_insensitive_name_substring()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var hosting = data.TagGroup("Hosting");
        var other = data.TagGroup("hosting2");
        data.Tag("Cloud", hosting);
        data.Tag("On-Prem Cloudlet", hosting);
        data.Tag("Datacenter", hosting);
        data.Tag("Cloud", other);
        data.Tag("cloudy");
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<List<string>> Names(string filter)
        {
            var d = await client.GraphQLDataAsync($$"""{ allTags(filter: {{filter}}) { totalCount edges { node { name tagGroup { name } } } } }""");
            return d["allTags"]!["edges"]!.AsArray().Select(e => $"{e!["node"]!["tagGroup"]?["name"]}/{e["node"]!["name"]}").ToList();
        }

        Assert.Equal(["Hosting/Cloud", "Hosting/Datacenter", "Hosting/On-Prem Cloudlet"], await Names("""{tagGroupName: "Hosting"}"""));
        Assert.Equal(["Hosting/Cloud", "hosting2/Cloud", "/cloudy", "Hosting/On-Prem Cloudlet"], await Names("""{nameSubstring: "CLOUD"}"""));
        Assert.Equal(["Hosting/Cloud", "Hosting/On-Prem Cloudlet"], await Names("""{tagGroupName: "Hosting", nameSubstring: "cloud"}"""));
        Assert.Empty(await Names("""{tagGroupName: "Nope"}"""));
    }

    [Fact]
    public async Task AllTagGroups_sorts_by_the_given_keys_and_rejects_unknown_keys()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.TagGroup("Alpha");
        data.TagGroup("beta");
        var c = data.TagGroup("Gamma");
        data.Tag("x", c);
        data.Tag("y", c);
        data.Tag("z", a);
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<List<string>> Names(string sort)
        {
            var d = await client.GraphQLDataAsync($$"""{ allTagGroups(sort: {{sort}}) { edges { node { name tagCount } } } }""");
            return d["allTagGroups"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();
        }

        Assert.Equal(["Gamma", "beta", "Alpha"], await Names("""[{key: "name", order: desc}]"""));
        Assert.Equal(["Gamma", "Alpha", "beta"], await Names("""[{key: "tagCount", order: desc}]"""));
        Assert.Equal(["beta", "Alpha", "Gamma"], await Names("""[{key: "tagCount", order: asc}]"""));
        var bad = await client.GraphQLAsync("""{ allTagGroups(sort: [{key: "colour"}]) { totalCount } }""");
        Assert.Contains("Unknown sort key 'colour'", (string)bad["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task UpsertTagGroup_creates_then_updates_only_the_arguments_sent()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        const string fields = "id name shortName description mode mandatory restrictToFactSheetTypes mandatoryForFactSheetTypes tagCount";

        var created = (await client.GraphQLDataAsync($$"""
            mutation { upsertTagGroup(name: "Hosting", shortName: "HO", description: "Where it runs", restrictToFactSheetTypes: [Application]) { {{fields}} } }
            """))["upsertTagGroup"]!;
        Assert.Equal("MULTIPLE", (string?)created["mode"]);
        Assert.Equal("HO", (string?)created["shortName"]);
        Assert.Equal(0, (int)created["tagCount"]!);
        var id = Guid.Parse((string)created["id"]!);

        var updated = (await client.GraphQLDataAsync($$"""
            mutation { upsertTagGroup(name: "hosting", mode: SINGLE, mandatory: true, mandatoryForFactSheetTypes: [ITComponent]) { {{fields}} } }
            """))["upsertTagGroup"]!;
        Assert.Equal(id, Guid.Parse((string)updated["id"]!));
        Assert.Equal("Hosting", (string?)updated["name"]);
        Assert.Equal("SINGLE", (string?)updated["mode"]);
        Assert.True((bool)updated["mandatory"]!);
        Assert.Equal("Where it runs", (string?)updated["description"]); // not sent: kept
        Assert.Equal("""["Application"]""", updated["restrictToFactSheetTypes"]!.ToJsonString());
        Assert.Equal("""["ITComponent"]""", updated["mandatoryForFactSheetTypes"]!.ToJsonString());
        Assert.Single(host.Workspace.State.TagGroups.All);

        // validateOnly returns the would-be group and changes nothing.
        var dry = (await client.GraphQLDataAsync("""mutation { upsertTagGroup(name: "Other", validateOnly: true) { id name } }"""))["upsertTagGroup"]!;
        Assert.Equal("Other", (string?)dry["name"]);
        Assert.Single(host.Workspace.State.TagGroups.All);

        var unknownType = await client.GraphQLAsync("""mutation { upsertTagGroup(name: "Hosting", restrictToFactSheetTypes: [Nope]) { id } }""");
        Assert.NotNull(unknownType["errors"]);
        Assert.Equal(["Application"], host.Workspace.State.TagGroups.Get(id)!.RestrictToFactSheetTypes);
    }

    [Fact]
    public async Task UpsertTag_matches_by_name_within_its_group_and_keeps_what_is_not_sent()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var group = data.TagGroup("Hosting");
        var cloud = data.Tag("Cloud", group, "#112233");
        data.FactSheet("Application", "A", fs => fs.TagIds.Add(cloud));
        await data.CommitAsync();
        using var client = new WireClient(host);
        const string fields = "id name description color status factSheetCount deletable tagGroup { name }";

        var updated = (await client.GraphQLDataAsync($$"""
            mutation { upsertTag(name: "Cloud", tagGroupName: "Hosting", color: "#aabbcc") { {{fields}} } }
            """))["upsertTag"]!;
        Assert.Equal(cloud, Guid.Parse((string)updated["id"]!));
        Assert.Equal("#aabbcc", (string?)updated["color"]);
        Assert.Equal("Cloud tag", (string?)updated["description"]);
        Assert.Equal(1, (int)updated["factSheetCount"]!);
        Assert.False((bool)updated["deletable"]!);

        // Same name, no group: a different (ungrouped) tag, created.
        var ungrouped = (await client.GraphQLDataAsync($$"""
            mutation { upsertTag(name: "Cloud", description: "free", status: "ARCHIVED") { {{fields}} } }
            """))["upsertTag"]!;
        Assert.NotEqual(cloud, Guid.Parse((string)ungrouped["id"]!));
        Assert.Null(ungrouped["tagGroup"]);
        Assert.Equal("ARCHIVED", (string?)ungrouped["status"]);
        Assert.Equal(Tag.DefaultColor, (string?)ungrouped["color"]);
        Assert.True((bool)ungrouped["deletable"]!);
        Assert.Equal(2, host.Workspace.State.Tags.All.Count());

        var unknownGroup = await client.GraphQLAsync("""mutation { upsertTag(name: "X", tagGroupName: "Nope") { id } }""");
        Assert.Contains("TagGroup with name 'Nope' not found", (string)GraphMutationAssert.BusinessError(unknownGroup, "upsertTag")["message"]!);
        var badColor = await client.GraphQLAsync("""mutation { upsertTag(name: "Cloud", tagGroupName: "Hosting", color: "red") { id } }""");
        GraphMutationAssert.BusinessError(badColor, "upsertTag");
        Assert.Equal("#aabbcc", host.Workspace.State.Tags.Get(cloud)!.Color);

        var dry = (await client.GraphQLDataAsync("""mutation { upsertTag(name: "New", tagGroupName: "Hosting", validateOnly: true) { name tagGroup { name } } }"""))["upsertTag"]!;
        Assert.Equal("Hosting", (string?)dry["tagGroup"]!["name"]);
        Assert.Equal(2, host.Workspace.State.Tags.All.Count());
    }
}
