using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>Tests that use the process-wide <see cref="Lx"/> connection run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScriptFacadeCollection
{
    public const string Name = "Lx script facade";
}

[Collection(ScriptFacadeCollection.Name)]
public class ScriptFacadeTests
{
    [Fact]
    public async Task The_script_facade_connects_and_reads_synchronously()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = Lx.Connect(apiToken: host.ApiToken, host: host.BaseUrl);
        Assert.Same(client, Lx.Current);
        Assert.Contains(FactSheets.Of("Application").All(), a => a.Name == "LeanIX");
        Assert.Equal("LeanIX", FactSheets.Of("Application").Get("LeanIX").Name);
        Lx.Preload("Provider");
        Assert.True(client.CachedFactSheetCount > 0);
    }
}
