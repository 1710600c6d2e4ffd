using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D89: a tag in use cannot be deleted, a non-empty group neither; <c>deletable == (factSheetCount == 0)</c>.</summary>
public class TagInUseTests
{
    [Fact]
    public async Task Deleting_a_tag_in_use_names_the_number_of_carriers_and_deletable_follows_the_count()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var group = data.TagGroup("Hosting");
        var cloud = data.Tag("Cloud", group);
        var idle = data.Tag("Idle", group);
        data.FactSheet("Application", "A", fs => fs.TagIds.Add(cloud));
        data.FactSheet("Application", "B", fs => fs.TagIds.Add(cloud));
        data.FactSheet("Application", "Old", fs => { fs.TagIds.Add(cloud); fs.TagIds.Add(idle); fs.Status = "ARCHIVED"; });
        await data.CommitAsync();
        using var client = new WireClient(host);

        var read = await client.GraphQLDataAsync("{ allTags { edges { node { name factSheetCount deletable } } } allTagGroups { edges { node { name tagCount } } } }");
        var tags = read["allTags"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToDictionary(n => (string)n["name"]!);
        Assert.Equal(2, (int)tags["Cloud"]["factSheetCount"]!);
        Assert.False((bool)tags["Cloud"]["deletable"]!);
        Assert.Equal(0, (int)tags["Idle"]["factSheetCount"]!); // archived carriers do not count (D73)
        Assert.True((bool)tags["Idle"]["deletable"]!);
        Assert.Equal(2, (int)read["allTagGroups"]!["edges"]![0]!["node"]!["tagCount"]!);

        var refused = await client.GraphQLAsync($$"""mutation { deleteTag(id: "{{cloud}}") { id } }""");
        var error = GraphMutationAssert.BusinessError(refused, "deleteTag");
        Assert.Contains("assigned to 2 fact sheets", (string)error["message"]!);
        Assert.Equal("Tag", (string?)error["extensions"]!["entityType"]);
        Assert.Equal(cloud.ToString(), (string?)error["extensions"]!["objectId"]);
        Assert.NotNull(host.Workspace.State.Tags.Get(cloud));

        var groupRefused = await client.GraphQLAsync($$"""mutation { deleteTagGroup(id: "{{group}}") { id } }""");
        Assert.Contains("still contains 2 tags", (string)GraphMutationAssert.BusinessError(groupRefused, "deleteTagGroup")["message"]!);

        // validateOnly: the would-be result, but the tag stays.
        var dry = await client.GraphQLDataAsync($$"""mutation { deleteTag(id: "{{idle}}", validateOnly: true) { name } }""");
        Assert.Equal("Idle", (string?)dry["deleteTag"]!["name"]);
        Assert.NotNull(host.Workspace.State.Tags.Get(idle));

        // The deletable tag can be deleted; the archived carrier loses it.
        await client.GraphQLDataAsync($$"""mutation { deleteTag(id: "{{idle}}") { id } }""");
        Assert.Null(host.Workspace.State.Tags.Get(idle));
        Assert.DoesNotContain(host.Workspace.State.FactSheets.All, fs => fs.TagIds.Contains(idle));

        var unknown = await client.GraphQLAsync($$"""mutation { deleteTag(id: "{{Guid.NewGuid()}}") { id } }""");
        Assert.EndsWith("not found", (string)GraphMutationAssert.BusinessError(unknown, "deleteTag")["message"]!);
    }
}
