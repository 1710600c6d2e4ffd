using System.Reflection;
using System.Text.Json.Nodes;
using LeanIX.Cli.Commands;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Generators.Tests;

/// <summary>
/// Issue 13: a field added by a meta model batch (<c>lx.MetaModel.CreateFieldAsync</c>) is what <c>datamodel pull</c>
/// then sees, and the generator turns it into a typed property that reads the workspace; a failed batch changes nothing.
/// </summary>
public class MetaModelBatchPullTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leanix-metamodel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_field_added_by_a_batch_is_pulled_and_generated_into_a_typed_property_that_reads_it()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new LeanIXClient(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl });
        var path = Path.Combine(_dir, "leanix.datamodel.json");
        await DataModelPullCommand.PullAsync(client, path);
        Assert.Null(JsonNode.Parse(await File.ReadAllTextAsync(path))!["dataModel"]!["factSheets"]!["Application"]!["fields"]!["costCenter"]);

        var batch = await client.MetaModel.CreateFieldAsync("Application", "costCenter", "STRING", "information", "baseInformation",
            size: 6, translations: [new MetaModelTranslation("en", "Cost center"), new MetaModelTranslation("de", "Kostenstelle")]);
        Assert.True(batch.IsDone);
        var erp = await client.FactSheets.Of("Application").GetAsync("ERP - Global");
        await erp.SetAsync("costCenter", "CC-4711");

        await DataModelPullCommand.PullAsync(client, path);
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.Equal("STRING", (string?)snapshot["dataModel"]!["factSheets"]!["Application"]!["fields"]!["costCenter"]!["type"]);
        Assert.Equal("Cost center", (string?)snapshot["languages"]!["en"]!["factSheets"]!["Application"]!["costCenter"]);
        var information = snapshot["viewModel"]!["factSheets"]!.AsArray().Single(t => (string?)t!["type"] == "Application")!["sections"]!.AsArray()
            .Single(s => (string?)s!["key"] == "information")!;
        Assert.Contains("costCenter", information["fields"]!.AsArray().Select(f => (string?)f));

        var run = GeneratorRun.For(await File.ReadAllTextAsync(path), """
            using LeanIX.Client;
            using LeanIX.Client.Scripting;
            using LeanIX.Model;
            public static class Probe
            {
                public static string? Run(LeanIXClient client) => Application.Get("ERP - Global", client).CostCenter;
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("public string? CostCenter => Text(\"costCenter\");", run.Source("LeanIX.Model.Application.g.cs"));
        var probe = run.Load().GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal("CC-4711", probe.Invoke(null, [client]));
    }

    [Fact]
    public async Task A_batch_with_one_invalid_action_leaves_the_pulled_snapshot_as_it_was()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new LeanIXClient(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl });
        var path = Path.Combine(_dir, "leanix.datamodel.json");
        await DataModelPullCommand.PullAsync(client, path);
        var before = await File.ReadAllTextAsync(path);

        var refused = await Assert.ThrowsAsync<LeanIXMetaModelBatchException>(() => client.MetaModel.CreateFieldAsync(
            "Application", "costCenter", "STRING", "information", "baseInformation", index: 999));
        Assert.Equal(["VALID", "VALID", "INVALID"], refused.Batch.Actions.Select(a => a.Status));

        await DataModelPullCommand.PullAsync(client, path);
        Assert.Equal(before, await File.ReadAllTextAsync(path));
    }
}
