using System.Text.Json.Nodes;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>
/// Every emitted event carries every member of its fixture in fixtures/events (top level and the
/// nested objects a consumer reads), and the D28 ordering and numbering rules hold.
/// </summary>
public class EventPayloadTests(EventScenario scenario) : IClassFixture<EventScenario>
{
    /// <summary>The fixtures of event kinds the core emulator emits (D28: no VIEWED, DELETED or comments).</summary>
    public static TheoryData<string> EmittedFixtures => new(
        "FactSheetCreatedEvent.json", "FactSheetUpdatedEvent.json", "FactSheetFieldUpdatedEvent.json",
        "FactSheetArchivedEvent.json", "FactSheetRecoveredEvent.inferred.json",
        "FactSheetTagAddedEvent.json", "FactSheetTagRemovedEvent.inferred.json",
        "RelationCreatedEvent.json", "RelationUpdatedEvent.inferred.json", "RelationSwitchEvent.inferred.json",
        "RelationArchivedEvent.inferred.json", "RelationDeletedEvent.inferred.json",
        "SubscriptionCreatedEvent.json", "SubscriptionUpdatedEvent.inferred.json", "SubscriptionDeletedEvent.inferred.json",
        "DocumentCreatedEvent.json", "DocumentUpdatedEvent.inferred.json", "DocumentDeletedEvent.inferred.json");

    private static readonly string[] NestedObjects = ["factSheet", "relation", "fromDetails", "toDetails", "fsIdAndRev"];

    [Theory]
    [MemberData(nameof(EmittedFixtures))]
    public void Emitted_event_has_every_member_of_its_fixture(string file)
    {
        var fixture = Fixtures.Load("events/" + file).AsObject();
        var type = (string)fixture["type"]!;
        var actual = scenario.OfType(type).LastOrDefault();
        Assert.True(actual is not null, $"no {type} was emitted; got {string.Join(", ", scenario.Events.Select(e => (string?)e["type"]))}");
        AssertHasKeys(fixture, actual!, type);
        foreach (var nested in NestedObjects)
            if (fixture[nested] is JsonObject expected)
                AssertHasKeys(expected, Assert.IsType<JsonObject>(actual![nested]), $"{type}.{nested}");
        foreach (var details in new[] { "fromDetails", "toDetails" })
            if (fixture[details]?["factSheetInfos"] is JsonObject infos)
                AssertHasKeys(infos, actual![details]!["factSheetInfos"]!.AsObject(), $"{type}.{details}.factSheetInfos");
        Assert.IsType<long>((long)actual!["id"]!);
        Assert.EndsWith("Z", (string?)actual["createdAt"]);
        Assert.Equal(scenario.Bed.Host.Workspace.Id.ToString(), (string?)actual["workspaceId"]);
    }

    [Fact]
    public void Ids_increase_and_each_request_shares_one_transactionSequenceNumber_in_D28_order()
    {
        var ids = scenario.Events.Select(e => (long)e["id"]!).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // The archive request: RELATION_ARCHIVED, then FACT_SHEET_ARCHIVED, then FACT_SHEET_UPDATED.
        var archived = scenario.OfType("FactSheetArchivedEvent").Single();
        var tx = (long)archived["transactionSequenceNumber"]!;
        var sameRequest = scenario.Events.Where(e => (long?)e["transactionSequenceNumber"] == tx).Select(e => (string?)e["type"]).ToList();
        Assert.Equal(["RelationArchivedEvent", "FactSheetArchivedEvent", "FactSheetUpdatedEvent"], sameRequest);
        var txIds = scenario.Events.Where(e => (long?)e["transactionSequenceNumber"] == tx).Select(e => (long)e["id"]!).ToList();
        Assert.Equal(Enumerable.Range(0, txIds.Count).Select(i => txIds[0] + i), txIds);
        var created = scenario.Events.Select(e => (string)e["createdAt"]!).ToList();
        Assert.Equal(created.Order(StringComparer.Ordinal), created);
    }

    [Fact]
    public void Payload_values_describe_the_change()
    {
        var archived = scenario.OfType("FactSheetArchivedEvent").Single();
        Assert.Equal("Duplicate of Demo ERP", (string?)archived["comment"]);
        Assert.Equal("Application", (string?)archived["fsType"]);
        var affected = archived["affectedFactSheetIdAndRev"]!.AsArray().Select(a => (string?)a!["id"]).ToList();
        Assert.Equal([scenario.App.ToString(), scenario.Db.ToString()], affected);
        Assert.Equal("Archived by mistake", (string?)scenario.OfType("FactSheetRecoveredEvent").Single()["comment"]);

        var field = scenario.OfType("FactSheetFieldUpdatedEvent").Single(e => (string?)e["path"] == "/alias");
        Assert.Null(field["oldValue"]);
        Assert.Equal("StringValue", (string?)field["newValue"]!["type"]);

        var switched = scenario.OfType("RelationSwitchEvent").Single();
        Assert.Equal(scenario.Db.ToString(), (string?)switched["oldToId"]);
        Assert.Equal(scenario.Db2.ToString(), (string?)switched["relation"]!["toId"]);
        Assert.Equal(scenario.Db2.ToString(), (string?)switched["toDetails"]!["factSheetInfos"]!["idAndRev"]!["id"]); // D30
        Assert.Equal("relApplicationToITComponent", (string?)switched["fromDetails"]!["effectiveRelationName"]);
        Assert.Equal("relITComponentToApplication", (string?)switched["toDetails"]!["effectiveRelationName"]);
        Assert.Equal("ARCHIVED", (string?)scenario.OfType("RelationDeletedEvent").Single()["relation"]!["status"]); // D28
        var updated = scenario.OfType("RelationUpdatedEvent").Single();
        Assert.Equal("2025-01-01", (string?)updated["relation"]!["activeFrom"]);
        Assert.Contains(updated["relation"]!["fields"]!.AsArray(), f => (string?)f!["name"] == "costTotalAnnual");

        var created = scenario.OfType("FactSheetCreatedEvent").Single(e => (string?)e["factSheet"]!["name"] == "Demo CRM");
        Assert.False((bool)created["clonedFactSheet"]!);
        Assert.Equal(0, (int)created["factSheet"]!["rev"]!);
        Assert.Equal("Customer relationship management (demo)", (string?)created["factSheet"]!["description"]);

        var tagAdded = scenario.OfType("FactSheetTagAddedEvent").Single();
        Assert.NotNull((string?)tagAdded["tagName"]);
        Assert.NotNull((string?)tagAdded["tagGroupName"]);
        var tagUpdate = scenario.OfType("FactSheetUpdatedEvent").First(e => (long)e["transactionSequenceNumber"]! == (long)tagAdded["transactionSequenceNumber"]!);
        Assert.Equal("bgColor", tagUpdate["factSheet"]!["tags"]![0]!.AsObject().Select(kv => kv.Key).Single(k => k == "bgColor")); // D29

        Assert.Equal("Runbook v2", (string?)scenario.OfType("DocumentUpdatedEvent").Single()["documentName"]);
        Assert.Equal("CUSTOM_LINK", (string?)scenario.OfType("DocumentCreatedEvent").Single()["documentOrigin"]);
        Assert.Equal("OBSERVER", (string?)scenario.OfType("SubscriptionUpdatedEvent").Single()["subscriptionType"]);
        Assert.Equal("RESPONSIBLE", (string?)scenario.OfType("SubscriptionCreatedEvent").Single()["subscriptionType"]);
    }

    private static void AssertHasKeys(JsonObject expected, JsonObject actual, string where)
    {
        var missing = expected.Select(kv => kv.Key).Where(k => !actual.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"{where} lacks {string.Join(", ", missing)}: {actual.ToJsonString()}");
    }
}
