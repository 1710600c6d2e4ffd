using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Rest;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>admin.md §13.1, D72: createSubscriptionRole, updateSubscriptionRole, deleteSubscriptionRole.</summary>
public class SubscriptionRoleMutationTests
{
    private const string RoleFields = "id name description subscriptionType restrictToFactSheetTypes mandatoryForFactSheetTypes";

    [Fact]
    public async Task A_role_is_created_with_input_names_read_back_with_read_names_updated_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var created = (await client.GraphQLDataAsync($$"""
            mutation { createSubscriptionRole(name: "Portfolio Scout", description: "keeps data clean", type: RESPONSIBLE,
                         allowedFactSheetTypes: [Application, ITComponent], mandatoryForFactSheetTypes: [Application]) { {{RoleFields}} } }
            """))["createSubscriptionRole"]!;
        Assert.Equal("Portfolio Scout", (string?)created["name"]);
        Assert.Equal("RESPONSIBLE", (string?)created["subscriptionType"]);
        Assert.Equal(["Application", "ITComponent"], created["restrictToFactSheetTypes"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["Application"], created["mandatoryForFactSheetTypes"]!.AsArray().Select(t => (string)t!));
        var id = (string)created["id"]!;

        var all = await client.GraphQLDataAsync($"{{ allSubscriptionRoles {{ edges {{ node {{ {RoleFields} }} }} }} }}");
        Assert.Contains(all["allSubscriptionRoles"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == id);

        // The read names are accepted as input aliases (D72).
        var updated = (await client.GraphQLDataAsync($$"""
            mutation { updateSubscriptionRole(id: "{{id}}", name: "Portfolio Lead", subscriptionType: ACCOUNTABLE, restrictToFactSheetTypes: [Application]) { {{RoleFields}} } }
            """))["updateSubscriptionRole"]!;
        Assert.Equal("Portfolio Lead", (string?)updated["name"]);
        Assert.Equal("ACCOUNTABLE", (string?)updated["subscriptionType"]);
        Assert.Null((string?)updated["description"]);
        Assert.Equal(["Application"], updated["restrictToFactSheetTypes"]!.AsArray().Select(t => (string)t!));

        // A role in use: deleting it takes it off the subscription, which stays.
        var fs = (string)(await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "CRM", type: Application}) { factSheet { id } } }"""))
            ["createFactSheet"]!["factSheet"]!["id"]!;
        var userId = host.Workspace.ApiTokens[host.ApiToken];
        var sub = (string)(await client.GraphQLDataAsync($$"""
            mutation { createSubscription(factSheetId: "{{fs}}", user: {id: "{{userId}}"}, type: ACCOUNTABLE, roleIds: ["{{id}}"]) { id roles { id } } }
            """))["createSubscription"]!["id"]!;
        await client.GraphQLDataAsync($$"""mutation { deleteSubscriptionRole(id: "{{id}}") { id name } }""");
        Assert.Null(host.Workspace.State.SubscriptionRoles.Get(Guid.Parse(id)));
        Assert.Empty(host.Workspace.State.Subscriptions.Get(Guid.Parse(sub))!.Roles);
    }

    [Theory]
    [InlineData("""createSubscriptionRole(name: "Quality Gatekeeper") { id }""", "already exists")]
    [InlineData("""createSubscriptionRole(name: "quality gatekeeper") { id }""", "already exists")]
    [InlineData("""createSubscriptionRole(name: " ") { id }""", "mandatory")]
    [InlineData("""deleteSubscriptionRole(id: "6d1c7a1e-0000-4000-8000-000000000000") { id }""", "not found")]
    [InlineData("""updateSubscriptionRole(id: "nope", name: "x") { id }""", "not found")]
    public async Task Duplicate_names_empty_names_and_unknown_ids_are_business_errors(string mutation, string message)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        await client.GraphQLDataAsync("""mutation { createSubscriptionRole(name: "Quality Gatekeeper") { id } }""");
        var result = await client.GraphQLAsync("mutation { " + mutation + " }");
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Contains(message, (string?)error["message"]);
        Assert.Equal("BUSINESS_LOGIC", (string?)error["extensions"]!["errorType"]);
    }

    [Fact]
    public async Task Only_admins_administer_roles()
    {
        await using var host = await RoleTokens.StartAsync(role: "MEMBER");
        using var member = new WireClient(host, RoleTokens.SecondToken);
        var result = await member.GraphQLAsync("""mutation { createSubscriptionRole(name: "Sneaky") { id } }""");
        Assert.Contains("Only workspace admins", (string?)result["errors"]![0]!["message"]);
        Assert.DoesNotContain(host.Workspace.State.SubscriptionRoles.All, r => r.Name == "Sneaky");
    }
}
