using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.SubscriptionRoles;

/// <summary>D72 on the client: create, update and delete subscription roles; read names on the record.</summary>
public class SubscriptionRoleAdminTests
{
    [Fact]
    public async Task A_role_is_created_updated_copied_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var before = (await lx.SubscriptionRoles.AllAsync()).Count; // cached, refreshed by the writes
        var role = await lx.SubscriptionRoles.CreateAsync("Portfolio Scout", "finds candidates", "responsible",
            restrictToFactSheetTypes: ["Application"], mandatoryForFactSheetTypes: ["Application"]);
        Assert.Equal(("Portfolio Scout", "finds candidates", "RESPONSIBLE"), (role.Name, role.Description, role.SubscriptionType));
        Assert.Equal(["Application"], role.RestrictToFactSheetTypes);
        Assert.Equal(["Application"], role.MandatoryForFactSheetTypes);
        Assert.Equal(before + 1, (await lx.SubscriptionRoles.AllAsync()).Count);
        Assert.Equal(role.Id, (await lx.SubscriptionRoles.GetAsync("portfolio scout")).Id);

        var updated = await lx.SubscriptionRoles.UpdateAsync(role with { Name = "Portfolio Lead", SubscriptionType = null, RestrictToFactSheetTypes = [] });
        Assert.Equal(("Portfolio Lead", null), (updated.Name, updated.SubscriptionType));
        Assert.Empty(updated.RestrictToFactSheetTypes);

        // The seed's create_subscription_role(role): a record read elsewhere, created under a new name.
        var copy = await lx.SubscriptionRoles.CreateAsync(updated with { Name = "Portfolio Lead (copy)" });
        Assert.NotEqual(updated.Id, copy.Id);
        Assert.Equal(updated.MandatoryForFactSheetTypes, copy.MandatoryForFactSheetTypes);

        await lx.SubscriptionRoles.DeleteAsync(updated.Id);
        await lx.SubscriptionRoles.DeleteAsync(copy.Id);
        Assert.Equal(before, (await lx.SubscriptionRoles.AllAsync()).Count);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.SubscriptionRoles.GetAsync("Portfolio Lead"));
    }

    [Fact]
    public async Task Duplicate_names_unknown_roles_bad_types_and_non_admins_are_refused()
    {
        await using var host = await RoleHosts.StartAsync(role: "MEMBER");
        using var lx = TestClients.For(host);
        await lx.SubscriptionRoles.CreateAsync("Portfolio Scout");
        var duplicate = await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.SubscriptionRoles.CreateAsync("PORTFOLIO SCOUT"));
        Assert.Contains("already exists", duplicate.Message);
        await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.SubscriptionRoles.DeleteAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.SubscriptionRoles.CreateAsync("X", subscriptionType: "OWNER"));
        await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.SubscriptionRoles.CreateAsync("X", restrictToFactSheetTypes: ["Spaceship"]));

        using var member = RoleHosts.SecondClient(host);
        var refused = await Assert.ThrowsAsync<LeanIXBusinessException>(() => member.SubscriptionRoles.CreateAsync("Sneaky"));
        Assert.Contains("Only workspace admins", refused.Message);
    }
}
