using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// A preloaded fact sheet is held compactly (interned strings, values in the selection's order, no DOM). Read
/// through the public API it must answer exactly what the DOM of the same fact sheet answered: every field,
/// relation (with its attributes and other end), subscription, tag, document and the lifecycle.
/// </summary>
public class CompactFactSheetTests
{
    public static TheoryData<string> Seeds => new() { "demo", "synthetic:300" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_preloaded_fact_sheet_answers_what_its_DOM_answered(string seed)
    {
        await using var host = await EmulatorHost.StartAsync(seed, configure: o => { o.RateLimitPerMinute = 0; o.GraphQL.MaxCost = long.MaxValue; });
        var expected = await DomsAsync(host);
        Assert.NotEmpty(expected);

        using var client = TestClients.For(host);
        await client.PreloadAsync();
        var model = await client.DataModel.GetAsync();
        Assert.Equal(expected.Count, client.CachedFactSheetCount);
        var compared = 0;
        foreach (var (id, dom) in expected)
        {
            var fs = await client.FactSheets.GetAsync(dom["type"]!.GetValue<string>(), id.ToString());
            Assert.True(JsonNode.DeepEquals(dom, fs.Json), $"{fs}: Json differs");
            Assert.Equal(dom.ToJsonString(), fs.Json.ToJsonString());
            foreach (var (key, value) in dom)
                Assert.True(JsonNode.DeepEquals(value, fs[key].Node), $"{fs}: field {key} differs");
            foreach (var field in fs.TypeModel.Fields.Keys.Where(k => !dom.ContainsKey(k)))
                Assert.True(fs[field].IsNull, $"{fs}: {field} is not selected, so it reads as unset");
            CompareParts(dom, fs);
            CompareRelations(dom, fs, model);
            compared++;
        }
        Assert.Equal(expected.Count, compared);
    }

    private static void CompareParts(JsonObject dom, FactSheet fs)
    {
        var parts = FactSheetReader.Parts(dom);
        Assert.Equal((string?)dom["name"] ?? "", fs.Name);
        Assert.Equal((string?)dom["displayName"] ?? fs.Name, fs.DisplayName);
        Assert.Equal((string?)dom["status"] ?? "ACTIVE", fs.Status);
        Assert.Equal(parts.Rev ?? 0, fs.Rev);
        var tags = (parts.Tags ?? []).OfType<LeanIX.Client.Wire.FactSheetTagWire>().Select(FactSheetReader.Tag).ToList();
        Assert.Equal(tags, fs.AllTagsList);
        foreach (var group in tags.Select(t => t.GroupName).Distinct()) Assert.Equal(tags.Where(t => t.GroupName == group), fs.Tags(group));
        var roles = (parts.Subscriptions?.Nodes ?? []).SelectMany(FactSheetReader.RoleSubscriptions).ToList();
        Assert.Equal(roles, fs.SubscriptionsByRole.Values.SelectMany(r => r).OrderBy(r => roles.IndexOf(r)));
        Assert.Equal(roles.Count, fs.SubscriptionsByRole.Values.Sum(r => r.Count));
        Assert.Equal((parts.Documents?.Nodes ?? []).Select(FactSheetReader.Document), fs.Documents);
        if (!fs.TypeModel.Fields.ContainsKey("lifecycle")) return;
        var lifecycle = dom["lifecycle"] is { } l ? FactSheetReader.Lifecycle(l) : null;
        Assert.Equal(lifecycle?.Current, fs.Lifecycle?.Current);
        Assert.Equal(lifecycle?.Phases ?? [], fs.Lifecycle?.Phases ?? []);
    }

    private static void CompareRelations(JsonObject dom, FactSheet fs, LeanIXDataModel model)
    {
        foreach (var relation in fs.TypeModel.Relations.Values)
        {
            var edges = FactSheetReader.Edges(dom[relation.Key]).ToList();
            var actual = fs.Relations(relation.Key);
            Assert.Equal(edges.Count, actual.Count);
            for (var i = 0; i < edges.Count; i++)
            {
                Assert.True(JsonNode.DeepEquals(edges[i], actual[i].Node), $"{fs}: {relation.Key}[{i}] differs");
                Assert.Equal(Guid.Parse((string)edges[i]["id"]!), actual[i].Id);
                Assert.Equal(Guid.Parse((string)edges[i]["factSheet"]!["id"]!), actual[i].TargetId);
                Assert.Equal((string?)edges[i]["factSheet"]!["name"], actual[i].Name);
                Assert.Equal((string?)edges[i]["activeFrom"], actual[i].ActiveFrom);
                Assert.Equal((string?)edges[i]["description"], actual[i].Description);
                Assert.Equal(model.Type(relation.TargetType).Key, actual[i].FactSheet.Type);
                Assert.True(actual[i].FactSheet.IsLoaded, "the other end is preloaded too");
            }
        }
    }

    /// <summary>Every fact sheet as the plain sequential listing returns it, as a DOM: the old path.</summary>
    private static async Task<Dictionary<Guid, JsonObject>> DomsAsync(EmulatorHost host)
    {
        using var client = TestClients.For(host);
        var model = await client.DataModel.GetAsync();
        var all = new Dictionary<Guid, JsonObject>();
        foreach (var key in model.Types.Keys)
            await foreach (var node in client.Connection.AllFactSheets(FactSheetSelection.For(model.Type(key)), key))
                all.Add(FactSheet.IdOf(node), node);
        return all;
    }
}
