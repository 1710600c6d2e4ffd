using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Seeds;

public class DemoSeedTests
{
    private static readonly Lazy<Workspace> Demo = new(() => SeedTestWorkspace.Create("v3", new DemoSeed(), DateTimeOffset.UtcNow));

    private static WorkspaceState State => Demo.Value.State;

    private static FactSheet Named(string type, string name) =>
        Assert.Single(State.FactSheets.All, f => f.Type == type && f.Name == name);

    private static IEnumerable<FactSheet> Related(FactSheet fs, string relKey)
    {
        var directional = State.Model.Type(fs.Type)!.Relation(relKey)!;
        return State.Relations.OwnedBy(fs.Id)
            .Where(r => r.DefinitionName == directional.Definition.InternalName && r.IsActive
                        && (directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id))
            .Select(r => State.FactSheets.Get(r.OtherEnd(fs.Id))!);
    }

    [Fact]
    public void Demo_is_valid_against_the_v3_data_model()
    {
        Assert.Empty(SeedStateValidator.Validate(State));
    }

    [Fact]
    public void Demo_has_between_150_and_300_fact_sheets_of_every_type()
    {
        Assert.InRange(State.FactSheets.Count, 150, 300);
        foreach (var type in State.Model.Types.Keys)
            Assert.Contains(State.FactSheets.All, f => f.Type == type);
    }

    [Fact]
    public void Demo_uses_every_relation_kind_of_the_model()
    {
        var used = State.Relations.All.Select(r => r.DefinitionName).ToHashSet();
        var unused = State.Model.Relations.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "Unused relation kinds: " + string.Join(", ", unused));
    }

    [Theory]
    [InlineData("Application", DemoNames.ErpGlobal)]
    [InlineData("Application", DemoNames.ErpGlobalEcc)]
    [InlineData("Application", DemoNames.HrGlobal)]
    [InlineData("Application", DemoNames.LeanIX)]
    [InlineData("Application", DemoNames.LegacyErp)]
    [InlineData("BusinessCapability", DemoNames.Controlling)]
    [InlineData("BusinessCapability", DemoNames.Finance)]
    [InlineData("BusinessCapability", DemoNames.Logistics)]
    [InlineData("BusinessCapability", DemoNames.MaterialsManagement)]
    [InlineData("BusinessCapability", DemoNames.Sales)]
    [InlineData("Process", DemoNames.QuoteToCash)]
    [InlineData("Process", DemoNames.OrderToInvoice)]
    [InlineData("UserGroup", DemoNames.AcmeHolding)]
    public void Demo_contains_the_well_known_fact_sheets(string type, string name)
    {
        Assert.True(Named(type, name).IsActive);
    }

    [Fact]
    public void Erp_Global_Ecc_supports_the_required_processes_and_capabilities()
    {
        var ecc = Named("Application", DemoNames.ErpGlobalEcc);
        var processes = Related(ecc, "relApplicationToProcess").Select(f => f.Name).ToList();
        Assert.Contains(DemoNames.QuoteToCash, processes);
        Assert.Contains(DemoNames.OrderToInvoice, processes);
        var capabilities = Related(ecc, "relApplicationToBusinessCapability").Select(f => f.Name).ToList();
        Assert.Contains(DemoNames.Finance, capabilities);
        Assert.Contains(DemoNames.Controlling, capabilities);
        Assert.Contains(DemoNames.Sales, capabilities);
        foreach (var bc in new[] { DemoNames.Controlling, DemoNames.Finance, DemoNames.Logistics, DemoNames.MaterialsManagement, DemoNames.Sales })
            Assert.NotEmpty(Related(Named("BusinessCapability", bc), "relBusinessCapabilityToApplication"));
    }

    [Fact]
    public void Acme_Holding_has_location_tag_and_a_chain_to_providers()
    {
        var holding = Named("UserGroup", DemoNames.AcmeHolding);
        Assert.Equal(DemoNames.AcmeHoldingCountry, holding.Field("location")!["geoCountry"]!.GetValue<string>());
        Assert.Equal(DemoNames.AcmeHoldingCity, holding.Field("location")!["geoCity"]!.GetValue<string>());
        var tags = holding.TagIds.Select(id => State.Tags.Get(id)!).ToList();
        var holdingTag = Assert.Single(tags, t => t.Name == DemoNames.HoldingTag);
        Assert.Equal(DemoNames.CompanyTagGroup, State.TagGroups.Get(holdingTag.TagGroupId!.Value)!.Name);

        var providers = Related(holding, "relUserGroupToApplication")
            .SelectMany(a => Related(a, "relApplicationToITComponent"))
            .SelectMany(c => Related(c, "relITComponentToProvider"))
            .ToList();
        Assert.NotEmpty(providers);
        Assert.All(providers, p => Assert.Equal("Provider", p.Type));
    }

    [Fact]
    public void John_and_Jane_are_system_owners_of_ERP_Global()
    {
        var erp = Named("Application", DemoNames.ErpGlobal);
        var systemOwner = StandardRoles.IdOf(DemoNames.SystemOwnerRole);
        foreach (var (email, display) in new[] { (DemoNames.JohnDoe, DemoNames.JohnDoeDisplayName), (DemoNames.JaneDoe, DemoNames.JaneDoeDisplayName) })
        {
            var user = Assert.Single(State.Users.All, u => u.Email == email);
            Assert.Equal(display, user.DisplayName);
            var sub = Assert.Single(State.Subscriptions.OwnedBy(erp.Id), s => s.UserId == user.Id);
            Assert.Equal("RESPONSIBLE", sub.Type);
            var link = Assert.Single(sub.Roles, r => r.RoleId == systemOwner);
            Assert.False(string.IsNullOrEmpty(link.Comment));
            Assert.True(State.Subscriptions.All.Count(s => s.UserId == user.Id && s.Roles.Any(r => r.RoleId == systemOwner)) > 1);
        }
    }

    [Fact]
    public void Demo_has_deliberate_quality_gaps()
    {
        var active = State.FactSheets.All.Where(f => f.IsActive).ToList();
        Assert.Contains(active, f => f.Description is null);
        Assert.Contains(active, f => f.LxState == "BROKEN_QUALITY_SEAL");
        Assert.Contains(active, f => f.Type == "Application" && f.Field("lifecycle") is null);
        Assert.Contains(active, f => f.Type == "Application" && !State.Subscriptions.OwnedBy(f.Id).Any());
        Assert.Contains(State.FactSheets.All, f => !f.IsActive);
    }

    [Fact]
    public void Demo_has_users_tags_and_documents_of_every_kind()
    {
        var users = State.Users.All.ToList();
        Assert.Contains(users, u => u.PermissionRole == "ADMIN");
        Assert.Contains(users, u => u.PermissionRole == "MEMBER");
        Assert.Contains(users, u => u.PermissionRole == "VIEWER");
        Assert.Contains(users, u => u.LastLogin is null);
        Assert.Contains(users, u => u.LastLogin < DateTimeOffset.UtcNow.AddMonths(-6));
        Assert.Contains(users, u => u.Status == "INACTIVE");
        Assert.Contains(users, u => u.TechnicalUser);
        Assert.Contains(State.TagGroups.All, g => g.Mode == "SINGLE");
        Assert.Contains(State.Tags.All, t => t.TagGroupId is null);
        Assert.NotEmpty(State.Documents.All);
        Assert.Contains(State.FactSheets.All, f => f.Fields.ContainsKey("lifecycle"));
    }

    [Fact]
    public void Demo_is_identical_on_every_start()
    {
        var other = SeedTestWorkspace.Create("v3", new DemoSeed(), DateTimeOffset.UtcNow.AddDays(-3)).State;
        Assert.Equal(State.FactSheets.All.Select(f => f.Id).Order(), other.FactSheets.All.Select(f => f.Id).Order());
        Assert.Equal(State.Relations.All.Select(f => f.Id).Order(), other.Relations.All.Select(f => f.Id).Order());
        Assert.Equal(State.Subscriptions.All.Select(f => f.Id).Order(), other.Subscriptions.All.Select(f => f.Id).Order());
    }

    [Fact]
    public void Demo_round_trips_through_the_workspace_factory_and_sqlite()
    {
        var store = SqliteStore.Open(null);
        var config = new WorkspaceConfig { Seed = "demo" };
        var first = WorkspaceFactory.Open(config, store, TimeProvider.System);
        Assert.True(first.Model.IsV3);
        Assert.InRange(first.State.FactSheets.Count, 150, 300);

        var reloaded = WorkspaceFactory.Open(config, store, TimeProvider.System);
        Assert.Equal(first.State.FactSheets.Count, reloaded.State.FactSheets.Count);
        Assert.Equal(first.State.Relations.Count, reloaded.State.Relations.Count);
        Assert.Equal(first.State.Subscriptions.Count, reloaded.State.Subscriptions.Count);
        Assert.Equal(first.State.Tags.Count, reloaded.State.Tags.Count);
        Assert.Equal(first.State.Documents.Count, reloaded.State.Documents.Count);
        var holding = Assert.Single(reloaded.State.FactSheets.All, f => f.Name == DemoNames.AcmeHolding);
        Assert.Equal(DemoNames.AcmeHoldingCountry, holding.Field("location")!["geoCountry"]!.GetValue<string>());
        Assert.Empty(SeedStateValidator.Validate(reloaded.State));
    }
}
