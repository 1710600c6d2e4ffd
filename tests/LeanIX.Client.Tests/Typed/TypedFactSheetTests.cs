using LeanIX.Client.Scripting;
using LeanIX.Client.Typed;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Typed;

/// <summary>
/// The typed base that generated classes derive from, with hand-written classes shaped like the generator's
/// output, so the client's side is tested without the generator. Uses <see cref="Lx"/>, so it runs apart.
/// </summary>
[Collection(ScriptFacadeCollection.Name)]
public class TypedFactSheetTests
{
    [Fact]
    public async Task Typed_lists_and_lookups_wrap_the_dynamic_fact_sheets()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var all = await TypedFactSheets.AllAsync<App>(client);
        Assert.Contains(all, a => a.Name == "ERP - Global");
        var erp = TypedScript.Get<App>("ERP - Global", client);
        Assert.Null(erp.Relation);
        Assert.Same(await client.FactSheets.Of("Application").GetAsync("ERP - Global"), erp.FactSheet);
        Assert.Equal(erp.FactSheet.Id, erp.Id);
        Assert.Equal("Application", erp.Type);
        // The dynamic layer stays: a field the typed class does not declare is still readable.
        Assert.Equal("active", erp["lifecycle"]["asString"].AsString());
        Assert.Equal("active", erp.Lifecycle?.Current);
        var filtered = TypedScript.Filter<App>(new FactSheetFilter { QuickSearch = "ERP - Global" }, client);
        Assert.Contains(filtered, a => a.Id == erp.Id);
    }

    [Fact]
    public async Task Related_fact_sheets_carry_the_relation_they_were_reached_through()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var erp = TypedScript.Get<App>("ERP - Global", client);
        var capabilities = erp.BusinessCapabilities();
        Assert.NotEmpty(capabilities);
        Assert.All(capabilities, c =>
        {
            Assert.Equal("relApplicationToBusinessCapability", c.Relation?.Key);
            Assert.Equal(c.Id, c.Relation?.TargetId);
        });
        Assert.Equal(erp.Relations("businessCapabilities").Select(r => r.TargetId), capabilities.Select(c => c.Id));
    }

    [Fact]
    public async Task Select_values_keep_unknown_keys_and_compare_by_key()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var erp = TypedScript.Get<App>("ERP - Global", client);
        Assert.Equal(Criticality.MissionCritical, erp.BusinessCriticality);
        Assert.True(erp.BusinessCriticality?.IsKnown);
        var custom = Criticality.From("custom");
        Assert.False(custom.IsKnown);
        Assert.Equal("custom", (string)custom);
        Assert.Equal(new Criticality("missionCritical"), Criticality.MissionCritical);
    }

    [Fact]
    public async Task Without_a_client_the_script_connection_is_used_and_wrong_types_are_refused()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = Lx.Use(TestClients.For(host));
        var holding = TypedScript.Get<App>("ERP - Global");
        Assert.Equal("ERP - Global", holding.Name);
        var userGroup = await client.FactSheets.Of("UserGroup").GetAsync("Acme Holding SE");
        var error = Assert.Throws<ArgumentException>(() => TypedFactSheets.As<App>(userGroup));
        Assert.Contains("is not of type Application", error.Message);
        Assert.Equal("Munich", Location.From(userGroup["location"])?.GeoCity);
    }

    private sealed class App : TypedFactSheet, ITypedFactSheet<App>
    {
        private App(FactSheet factSheet, FactSheetRelation? via) : base(factSheet, via) { }

        public static string TypeKey => "Application";

        public static App Create(FactSheet factSheet, FactSheetRelation? via) => new(factSheet, via);

        public Criticality? BusinessCriticality => Select<Criticality>("businessCriticality");

        public Lifecycle? Lifecycle => LifecycleOf("lifecycle");

        public IReadOnlyList<Capability> BusinessCapabilities() => TypedScript.Related<Capability>(this, "relApplicationToBusinessCapability");
    }

    private sealed class Capability : TypedFactSheet, ITypedFactSheet<Capability>
    {
        private Capability(FactSheet factSheet, FactSheetRelation? via) : base(factSheet, via) { }

        public static string TypeKey => "BusinessCapability";

        public static Capability Create(FactSheet factSheet, FactSheetRelation? via) => new(factSheet, via);
    }

    private readonly record struct Criticality(string Key) : ISelectValue<Criticality>
    {
        public static Criticality MissionCritical { get; } = new("missionCritical");

        public bool IsKnown => Key == "missionCritical";

        public static Criticality From(string key) => new(key);

        public static implicit operator string(Criticality value) => value.Key;
    }
}
