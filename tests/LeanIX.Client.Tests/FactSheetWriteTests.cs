using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class FactSheetWriteTests
{
    [Fact]
    public async Task Create_update_archive_and_recover_keep_the_cached_instance_current()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var apps = client.FactSheets.Of("Application");

        var crm = await apps.CreateAsync("Demo CRM", [Patch.Replace("/description", "Customer data"), Patch.Replace("/businessCriticality", "missionCritical")]);
        Assert.Equal("Customer data", crm["description"].AsString());
        Assert.Equal(0, crm.Rev);

        await crm.SetAsync("alias", "CRM");
        Assert.Equal("CRM", crm["alias"].AsString());
        Assert.Equal(1, crm.Rev);
        Assert.Same(crm, await apps.GetAsync("Demo CRM"));

        await crm.ArchiveAsync("Replaced by SaaS");
        Assert.Equal("ARCHIVED", crm.Status);
        var twice = await Assert.ThrowsAsync<LeanIXBusinessException>(() => crm.ArchiveAsync("again"));
        Assert.NotEmpty(twice.GraphQLErrors);
        await crm.RecoverAsync("back");
        Assert.Equal("ACTIVE", crm.Status);
    }

    [Fact]
    public async Task Relations_are_created_updated_and_deleted_with_their_attributes_from_either_end()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").CreateAsync("Relation Test App");
        var finance = await client.FactSheets.Of("BusinessCapability").GetAsync("Finance");
        var before = finance.Relations("applications").Count;

        var rel = await app.AddRelationAsync("businessCapabilities", finance,
            new RelationAttributes { ActiveFrom = "2024-01-01", Description = "core" });
        Assert.Equal("2024-01-01", rel.ActiveFrom);
        // The other end is marked stale, never read stale: reading it says so, and loading brings the new relation.
        Assert.False(finance.IsLoaded);
        Assert.Throws<FactSheetNotLoadedException>(() => finance.Relations("applications"));
        Assert.Equal(before + 1, (await finance.RelationsAsync("applications")).Count);
        Assert.Contains(finance.Relations("relBusinessCapabilityToApplication"), r => r.Id == rel.Id);

        var attributes = RelationAttributes.From(rel);
        attributes.ActiveUntil = "2030-12-31";
        await app.UpdateRelationAsync(rel, attributes);
        var updated = Assert.Single(app.Relations("businessCapabilities"));
        Assert.Equal(("2024-01-01", "2030-12-31", "core"), (updated.ActiveFrom, updated.ActiveUntil, updated.Description));

        await app.RemoveRelationAsync(updated);
        Assert.Empty(app.Relations("businessCapabilities"));
        Assert.Equal(before, (await finance.RelationsAsync("applications")).Count);
    }

    [Fact]
    public async Task Relation_fields_are_written_typed()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").CreateAsync("Cost Test App");
        var component = (await client.FactSheets.Of("ITComponent").AllAsync())[0];
        var attributes = new RelationAttributes();
        attributes.Fields["costTotalAnnual"] = 1200;
        var rel = await app.AddRelationAsync("itComponents", component, attributes);
        Assert.Equal(1200, rel.Field("costTotalAnnual").AsDouble());
    }

    [Fact]
    public async Task Tags_are_added_and_removed_by_group_and_name()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").CreateAsync("Tag Test App");
        var tags = await client.Tags.AllAsync();
        var group = (await client.Tags.GroupsAsync()).First(g => g.Mode == "MULTIPLE"
            && (g.RestrictToFactSheetTypes.Count == 0 || g.RestrictToFactSheetTypes.Contains("Application")) && tags.Any(t => t.Group?.Id == g.Id));
        var tag = tags.First(t => t.Group?.Id == group.Id);

        await app.AddTagAsync(group.Name, tag.Name);
        Assert.Contains(app.Tags(group.Name), t => t.Id == tag.Id);
        await app.RemoveTagAsync(group.Name, tag.Name);
        Assert.Empty(app.Tags(group.Name));

        var missing = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => app.AddTagAsync(group.Name, "No Such Tag"));
        Assert.Contains(group.Name, missing.Message);
    }

    [Fact]
    public async Task Subscriptions_are_added_and_removed_by_email_and_role_name()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").CreateAsync("Subscription Test App");

        await app.SubscribeAsync("jane.doe@example.com", "System Owner", "owns it");
        var owner = Assert.Single(app.Subscriptions("System Owner"));
        Assert.Equal(("jane.doe@example.com", "owns it", "RESPONSIBLE"), (owner.Email, owner.Comment, owner.Type));

        await app.SubscribeAsync("jane.doe@example.com", "Solution Architect");
        Assert.Single(app.Subscriptions("Solution Architect"));
        Assert.Equal(owner.SubscriptionId, app.Subscriptions("Solution Architect")[0].SubscriptionId); // one subscription per user (D14)

        await app.UnsubscribeAsync("jane.doe@example.com", "System Owner");
        Assert.Empty(app.Subscriptions("System Owner"));
        await app.UnsubscribeAsync("jane.doe@example.com", "Solution Architect");
        Assert.Empty(app.SubscriptionsByRole);

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => app.SubscribeAsync("jane.doe@example.com", "Chief Wizard"));
    }
}
