using System.Text.Json.Nodes;
using LeanIX.Emulator.Tests.Webhooks;
using static LeanIX.Emulator.Tests.Webhooks.WebhookTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D90: cloneFactSheet and the relation constraint mutations reach webhook subscribers (D27, D28); validateOnly does not.</summary>
public class D90WebhookEventTests
{
    private static async Task<List<JsonNode>> DrainAsync(WebhookTestBed bed, string sub) =>
        (await bed.PullAsync(sub, autoCommit: true))["data"]!["events"]!.AsArray().Select(e => e!["event"]!).ToList();

    [Fact]
    public async Task Clone_and_constraint_changes_are_pulled_as_events_in_D28_order_and_validateOnly_emits_none()
    {
        await using var bed = await StartAsync();
        var app = await bed.CreateFactSheetAsync("Application", "Event CRM");
        var itc = await bed.CreateFactSheetAsync("ITComponent", "Event DB");
        var org = await bed.CreateFactSheetAsync("UserGroup", "Event Sales");
        await bed.UpdateAsync(app, null, Patch("add", "/relApplicationToITComponent/new_1", Rel(itc)));
        var sub = await bed.CreatePullAsync();
        Assert.Empty(await DrainAsync(bed, sub));

        string Constraint(string name, bool dry) => $$"""
            mutation { {{name}}(factSheetId: "{{app}}", constrainedRelationType: "relApplicationToITComponent", constrainedRelationTargetFactSheetId: "{{itc}}",
              constrainingRelationType: "relApplicationToUserGroup", constrainingRelationTargetFactSheetId: "{{org}}", validateOnly: {{(dry ? "true" : "false")}}) { id } }
            """;
        string CloneQuery(bool dry) => $$"""
            mutation { cloneFactSheet(id: "{{app}}", patches: [{op: replace, path: "/name", value: "Event CRM copy"}],
              cloningOptions: {relations: true}, validateOnly: {{(dry ? "true" : "false")}}) { factSheet { id } } }
            """;

        await bed.Client.GraphQLDataAsync(Constraint("createRelationConstraint", dry: true));
        await bed.Client.GraphQLDataAsync(CloneQuery(dry: true));
        Assert.Empty(await DrainAsync(bed, sub));

        await bed.Client.GraphQLDataAsync(Constraint("createRelationConstraint", dry: false));
        var constraint = await DrainAsync(bed, sub);
        // The constraining relation is new; the constrained one existed and is updated.
        Assert.Equal(["RelationCreatedEvent", "RelationUpdatedEvent", "FactSheetUpdatedEvent"], constraint.Select(e => (string?)e["type"]));
        Assert.All(constraint, e => Assert.Equal(constraint[0]["transactionSequenceNumber"]!.GetValue<long>(), e["transactionSequenceNumber"]!.GetValue<long>()));
        Assert.Equal("Event CRM", (string?)constraint[^1]["factSheet"]!["name"]);

        var cloned = await bed.Client.GraphQLDataAsync(CloneQuery(dry: false));
        var cloneId = (string)cloned["cloneFactSheet"]!["factSheet"]!["id"]!;
        var clone = await DrainAsync(bed, sub);
        // Both relations of the source are copied (the constraint is not), then the clone is created.
        Assert.Equal(["RelationCreatedEvent", "RelationCreatedEvent", "FactSheetCreatedEvent"], clone.Select(e => (string?)e["type"]));
        Assert.Equal(cloneId, (string?)clone[^1]["factSheet"]!["id"]);
        Assert.Equal("Event CRM copy", (string?)clone[^1]["factSheet"]!["name"]);

        await bed.Client.GraphQLDataAsync(Constraint("deleteRelationConstraint", dry: false));
        var deleted = await DrainAsync(bed, sub);
        Assert.Equal(["RelationDeletedEvent", "FactSheetUpdatedEvent"], deleted.Select(e => (string?)e["type"]));
    }
}
