using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Users;

/// <summary>admin.md §9, D63 on the client: technical users, invitations, contacts, permissions, the connected user.</summary>
public class UserAdministrationTests
{
    [Fact]
    public async Task Technical_users_are_listed_and_the_creator_is_the_responsible_user()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var created = await lx.Connection.RequestAsync("services/mtm/v1/technicalusers", HttpMethod.Post, new JsonObject { ["userName"] = "ci-bot" });
        var botId = Guid.Parse((string)created!["data"]!["id"]!);

        var bots = await lx.Users.ListTechnicalUsers().ToListAsync();
        Assert.Contains(bots, b => b.Id == botId && b.UserName == "ci-bot" && b.PermissionRole == "MEMBER");
        Assert.Equal(["ci-bot"], (await lx.Users.ListTechnicalUsers("ci-").ToListAsync()).Select(b => b.UserName));

        var log = await lx.Users.GetTechnicalUserChangelogAsync(botId);
        Assert.Equal(2, log.Count);
        var me = host.Workspace.ApiTokens[host.ApiToken];
        Assert.Equal(me, (await lx.Users.GetResponsibleUserForTechnicalUserAsync(botId))?.Id);
        // The workspace's own bot came with the configuration: nobody is named.
        Assert.Null(await lx.Users.GetResponsibleUserForTechnicalUserAsync(me));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Users.GetTechnicalUserChangelogAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Invitations_contacts_and_permission_changes_round_trip()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var invited = await lx.Users.InviteAsync("new.colleague@example.com", "viewer", silent: true);
        Assert.Equal(("VIEWER", "INVITED"), (invited.Role, invited.PermissionStatus));
        var again = await lx.Users.InviteAsync("NEW.colleague@example.com", "MEMBER", silent: false);
        Assert.Equal(invited.Id, again.Id);
        Assert.Equal("MEMBER", again.Role);

        var permission = await lx.Users.GetPermissionAsync("new.colleague@example.com");
        Assert.Equal((invited.Id, "MEMBER", "INVITED"), (permission.User.Id, permission.Role, permission.Status));
        Assert.Equal(permission.Id, (await lx.Users.GetPermissionAsync(invited.Id.ToString())).Id);
        var admin = await lx.Users.ChangeRoleAsync(invited.Id.ToString(), "admin");
        Assert.Equal("ADMIN", admin.Role);
        var archived = await lx.Users.UpdatePermissionAsync(admin with { Status = "ARCHIVED" });
        Assert.Equal("ARCHIVED", archived.Status);
        Assert.Contains(await lx.Users.ListPermissions().ToListAsync(), p => p.Id == permission.Id && p.Status == "ARCHIVED");
        Assert.Contains(await lx.Users.AllAsync(), u => u.Email == "new.colleague@example.com"); // the cache saw the change

        // Without an account admin's token the contact is made through a subscription on a dummy fact sheet (D63).
        var noFactSheet = await Assert.ThrowsAsync<InvalidOperationException>(() => lx.Users.CreateContactAsync("c@example.com"));
        Assert.Contains("account admin", noFactSheet.Message);
        var dummy = await lx.FactSheets.CreateAsync("Application", "Contact carrier");
        var contact = await lx.Users.CreateContactAsync("jane.contact@example.com", "Jane", "Contact", dummy.Id);
        Assert.Equal(("Jane Contact", "CONTACT"), (contact.DisplayName, contact.Role));
        Assert.Empty(host.Workspace.State.Subscriptions.OwnedBy(dummy.Id));
    }

    [Fact]
    public async Task An_account_admin_creates_contacts_directly_and_the_connected_user_is_readable()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Users.Edit(host.Workspace.ApiTokens[host.ApiToken])!.Role = "ACCOUNTADMIN";
            host.Workspace.Commit(tx);
        }
        using var lx = TestClients.For(host);
        var contact = await lx.Users.CreateContactAsync("direct@example.com", "Dee", "Rect");
        Assert.Equal(("Dee Rect", "CONTACT", "ACTIVE"), (contact.DisplayName, contact.Role, contact.PermissionStatus));
        var me = await lx.Users.GetCurrentUserAsync();
        Assert.Equal(("Emulator", "Bot", "Emulator Bot", "ADMIN"), (me.FirstName, me.LastName, me.DisplayName, me.Role));
    }

    [Fact]
    public async Task Unknown_users_bad_addresses_and_forbidden_invitations_fail_clearly()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        var unknown = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Users.GetPermissionAsync("nobody@example.com"));
        Assert.Contains("nobody@example.com", unknown.Message);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Users.ChangeRoleAsync(Guid.NewGuid().ToString(), "MEMBER"));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Users.InviteAsync("not an address"));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Users.InviteAsync("a@example.com", "OWNER"));
        await lx.Users.InviteAsync("x@example.com");
        var pending = await lx.Users.GetPermissionAsync("x@example.com");
        var bad = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Users.UpdatePermissionAsync(pending with { Status = "ACTIVE" }));
        Assert.Contains("INVITED", bad.Message);

        using var viewer = RoleHosts.SecondClient(host);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Users.InviteAsync("y@example.com"));
    }
}
