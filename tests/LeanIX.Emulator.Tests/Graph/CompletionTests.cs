using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>
/// D10 completion: the share of the type's fields that are set, relation keys with an active relation on the right
/// side, naFields, name and description. Issue 15 matches a fact sheet's relations to keys by definition in one walk;
/// the count per key must stay what a walk per key gives.
/// </summary>
public class CompletionTests
{
    [Fact]
    public async Task Keys_count_with_an_active_relation_on_their_own_side_or_when_not_applicable()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var type = host.Workspace.Model.Type("Application")!;
        var data = new GraphData(host.Workspace);
        var parent = data.FactSheet("Application", "Suite", fs => fs.Description = "described");
        var child = data.FactSheet("Application", "Module", fs =>
        {
            fs.Fields["release"] = "1";
            fs.NaFields.Add("relApplicationToITComponent");
        });
        var archivedOther = data.FactSheet("Application", "Old");
        var component = data.FactSheet("ITComponent", "Db");
        // child → parent: relToParent counts for the child, relToChild for the parent.
        data.Relation("applicationChildParentRelation", child, parent);
        // Archived: counts for neither end.
        data.Relation("applicationChildParentRelation", parent, archivedOther, r => r.Status = FactSheetStatus.Archived);
        // A not-applicable key with a relation still counts once.
        data.Relation("applicationITComponentRelation", child, component);
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<(double Completion, int Percentage)> Read(Guid id)
        {
            var fs = (await client.GraphQLDataAsync($$"""{ factSheet(id: "{{id}}") { completion { completion percentage } } }"""))["factSheet"]!;
            return ((double)fs["completion"]!["completion"]!, (int)fs["completion"]!["percentage"]!);
        }

        Assert.True(type.Relations.ContainsKey("relToParent") && type.Relations.ContainsKey("relToChild") && type.Relations.ContainsKey("relApplicationToITComponent"));
        var total = type.Fields.Count + type.Relations.Count + 2;
        (double, int) Expected(int done) => (Math.Round((double)done / total, 4), (int)Math.Round((double)done / total * 100));

        // name + release + relToParent + relApplicationToITComponent (not applicable and related).
        Assert.Equal(Expected(4), await Read(child));
        // name + description + relToChild; the archived relation to "Old" counts for no key.
        Assert.Equal(Expected(3), await Read(parent));
        // name only: the archived relation does not count.
        Assert.Equal(Expected(1), await Read(archivedOther));
    }
}
