using System.Reflection;
using System.Text.Json.Nodes;
using LeanIX.Cli.Commands;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;

namespace LeanIX.Client.Generators.Tests;

/// <summary>
/// The loop a user runs after the workspace's model changes: <c>datamodel pull</c>, rebuild, new members.
/// The pull runs in-process against an emulator whose model gains a custom field, type and relation.
/// </summary>
public class RegenerationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leanix-regen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_model_change_pulled_again_gives_new_typed_members_that_read_the_workspace()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new LeanIXClient(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl });
        var path = Path.Combine(_dir, "leanix.datamodel.json");

        await DataModelPullCommand.PullAsync(client, path);
        var before = GeneratorRun.For(await File.ReadAllTextAsync(path), """
            using LeanIX.Client;
            using LeanIX.Client.Scripting;
            using LeanIX.Model;
            public static class OldProbe
            {
                // Compiled before the model change: what the snapshot lacks is read through the dynamic layer.
                public static string Run(LeanIXClient client)
                {
                    var erp = Application.Get("ERP - Global", client);
                    var site = erp.FactSheet.Relations("relApplicationToSite")[0];
                    return $"{erp.FactSheet["costCenter"]}|{site.Name}|{site.FactSheet.Type}|{client.FactSheets.Of("Site").Get("Munich Plant").Name}";
                }
            }
            """, assemblyName: "OldModel");
        Assert.Empty(before.GeneratorDiagnostics);
        Assert.DoesNotContain("CostCenter", before.Source("LeanIX.Model.Application.g.cs"));
        Assert.DoesNotContain(before.Sources, s => s.HintName.EndsWith("Site.g.cs", StringComparison.Ordinal));

        host.Workspace.ReplaceModel(DataModel.Parse(WithCustomisations(host.Workspace.Model.Envelope)));
        client.DataModel.Reload();
        var erp = await client.FactSheets.Of("Application").GetAsync("ERP - Global");
        await erp.SetAsync("costCenter", "CC-4711");
        var site = await client.FactSheets.Of("Site").CreateAsync("Munich Plant");
        await erp.AddRelationAsync("relApplicationToSite", site);

        var oldProbe = before.Load().GetType("OldProbe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal("CC-4711|Munich Plant|Site|Munich Plant", oldProbe.Invoke(null, [client]));

        await DataModelPullCommand.PullAsync(client, path);
        var after = GeneratorRun.For(await File.ReadAllTextAsync(path), """
            using LeanIX.Client;
            using LeanIX.Client.Scripting;
            using LeanIX.Model;
            public static class Probe
            {
                public static string Run(LeanIXClient client)
                {
                    var erp = Application.Get("ERP - Global", client);
                    var site = erp.Sites()[0];
                    return $"{erp.CostCenter}|{site.Name}|{site.Applications()[0].Name}|{site.Tier}";
                }
            }
            """);
        Assert.Empty(after.GeneratorDiagnostics);
        Assert.Empty(after.CompileDiagnostics);
        Assert.Contains("public string? CostCenter => Text(\"costCenter\");", after.Source("LeanIX.Model.Application.g.cs"));
        Assert.Contains("Sites() => global::LeanIX.Client.Scripting.TypedScript.Related<Site>(this, \"relApplicationToSite\")", after.Source("LeanIX.Model.Application.g.cs"));
        Assert.Contains("public sealed partial class Site", after.Source("LeanIX.Model.Site.g.cs"));

        // The new members read the changed workspace.
        var probe = after.Load().GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal("CC-4711|Munich Plant|ERP - Global|", probe.Invoke(null, [client]));
    }

    /// <summary>Adds Application.costCenter, a custom type Site with a select field, and Application ↔ Site.</summary>
    private static JsonNode WithCustomisations(JsonObject envelope)
    {
        var model = envelope.DeepClone();
        var data = model["data"]!;
        var app = data["factSheets"]!["Application"]!;
        app["fields"]!["costCenter"] = new JsonObject { ["type"] = "STRING", ["mandatory"] = false };
        (app["relations"] as JsonArray)?.Add("relApplicationToSite");
        data["factSheets"]!["Site"] = JsonNode.Parse("""
            {"fields": {"name": {"type": "STRING", "mandatory": true}, "tier": {"type": "SINGLE_SELECT", "values": ["gold", "silver"]}},
             "relations": ["relSiteToApplication"]}
            """);
        data["relations"]!["applicationSiteRelation"] = JsonNode.Parse("""
            {"from": {"factSheetType": "Application", "name": "relApplicationToSite", "multiplicity": "MULTI"},
             "to": {"factSheetType": "Site", "name": "relSiteToApplication", "multiplicity": "MULTI"},
             "fields": {}, "constrainingRelations": [], "constraints": []}
            """);
        return model;
    }
}
