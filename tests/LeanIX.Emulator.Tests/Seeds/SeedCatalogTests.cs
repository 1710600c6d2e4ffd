using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Seeds;

public class SeedCatalogTests
{
    [Fact]
    public void Synthetic_workspace_round_trips_through_the_factory_on_the_v4_default()
    {
        var store = SqliteStore.Open(null);
        var config = new WorkspaceConfig { Name = "synthetic", Seed = "synthetic:400" };
        var first = WorkspaceFactory.Open(config, store, TimeProvider.System);
        Assert.False(first.Model.IsV3);
        Assert.Equal(400, first.State.FactSheets.Count);

        var reloaded = WorkspaceFactory.Open(config, store, TimeProvider.System);
        Assert.Equal(400, reloaded.State.FactSheets.Count);
        Assert.Equal(first.State.Relations.Count, reloaded.State.Relations.Count);
        Assert.Equal(first.State.Subscriptions.Count, reloaded.State.Subscriptions.Count);
        Assert.Empty(SeedStateValidator.Validate(reloaded.State));
    }

    [Fact]
    public void Demo_on_a_v4_model_is_refused_with_a_startup_message()
    {
        var config = new WorkspaceConfig { Seed = "demo", DataModel = "v4" };
        var e = Assert.Throws<StartupException>(() => WorkspaceFactory.Open(config, SqliteStore.Open(null), TimeProvider.System));
        Assert.Contains("v3", e.Message);
    }

    [Theory]
    [InlineData("demo", typeof(DemoSeed))]
    [InlineData("synthetic:10", typeof(SyntheticSeed))]
    public void Catalog_resolves_the_seeds(string name, Type expected)
    {
        Assert.IsType(expected, SeedCatalog.Resolve(name));
    }
}
