using System.Text.Json;
using LeanIX.Client.Events;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Tests.Webhooks;

/// <summary>Every fixture deserialises to its typed event, with the envelope and reference members intact (issue 5 §6).</summary>
public class EventFixtureTests
{
    private static readonly Dictionary<string, Type> NonClassNamed = new()
    {
        ["AUTOMATION_TRIGGERED"] = typeof(AutomationTriggeredEvent),
        ["CONFIGURATION_CREATED"] = typeof(IntegrationConfigurationEvent),
        ["INTEGRATION_RUN_FINISHED"] = typeof(IntegrationRunEvent),
    };

    public static TheoryData<string> Fixtures() => EventFixtures.All();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_deserialises_with_its_key_fields(string fileName)
    {
        var json = EventFixtures.Read(fileName);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var name = EventFixtures.EventNameOf(fileName);

        if (name == "_pull-result-envelope")
        {
            var batch = PullResult.Parse(json);
            var entries = root.GetProperty("data").GetProperty("events");
            Assert.Equal(entries.GetArrayLength(), batch.Events.Count);
            Assert.Equal(root.GetProperty("data").GetProperty("nextCursor").GetProperty("offset").GetInt64(), batch.NextCursor);
            for (var i = 0; i < batch.Events.Count; i++)
            {
                Assert.Equal(entries[i].GetProperty("cursor").GetProperty("offset").GetInt64(), batch.Events[i].Offset);
                AssertEnvelope(entries[i].GetProperty("event"), batch.Events[i].Event);
            }
            return;
        }
        if (name == "_wrapped-event")
        {
            var wrapped = LeanIXEvents.ParseWrapped(json);
            Assert.Equal(root.GetProperty("id").GetString(), wrapped.Id);
            Assert.Equal("FACT_SHEET_CREATED", wrapped.Type);
            Assert.Equal("EAM", wrapped.SourceName);
            Assert.Equal(["pathfinder", "FACT_SHEET_CREATED"], wrapped.Tags);
            Assert.Equal(5001, wrapped.SequenceInfo);
            AssertEnvelope(root.GetProperty("payload"), wrapped.ParsePayload());
            // Parse unwraps a wrapped body to its payload (D31).
            Assert.IsType<FactSheetCreatedEvent>(LeanIXEvents.Parse(json));
            return;
        }

        var e = LeanIXEvents.Parse(json);
        Assert.Equal(NonClassNamed.GetValueOrDefault(name)?.Name ?? name, e.GetType().Name);
        AssertEnvelope(root, e);
    }

    /// <summary>Compares the members every typed event shares with the raw JSON they came from.</summary>
    private static void AssertEnvelope(JsonElement raw, LeanIXEvent e)
    {
        Assert.IsNotType<UnknownEvent>(e);
        if (raw.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number) Assert.Equal(id.GetInt64(), e.Id);
        if (raw.TryGetProperty("type", out var type)) Assert.Equal(type.GetString(), e.Type);
        if (raw.TryGetProperty("workspaceId", out var ws)) Assert.Equal(ws.GetGuid(), e.WorkspaceId);
        if (raw.TryGetProperty("userId", out var user)) Assert.Equal(user.GetGuid(), e.UserId);
        if (raw.TryGetProperty("createdAt", out var at)) Assert.Equal(DateTimeOffset.Parse(at.GetString()!), e.CreatedAt);
        if (raw.TryGetProperty("transactionSequenceNumber", out var tsn))
            Assert.Equal(tsn.ValueKind == JsonValueKind.Null ? null : tsn.GetInt64(), e.TransactionSequenceNumber);
        if (raw.TryGetProperty("fsIdAndRev", out var fs))
        {
            var r = Assert.IsAssignableFrom<FactSheetReferenceEvent>(e);
            Assert.Equal(fs.GetProperty("id").GetGuid(), r.FsIdAndRev?.Id);
            Assert.Equal(fs.GetProperty("rev").GetInt64(), r.FsIdAndRev?.Rev);
            Assert.Equal(raw.GetProperty("fsType").GetString(), r.FsType);
        }
        if (raw.TryGetProperty("relation", out var rel))
        {
            var r = Assert.IsAssignableFrom<RelationEvent>(e);
            Assert.Equal(raw.GetProperty("relationId").GetGuid(), r.RelationId);
            Assert.Equal(rel.GetProperty("fromId").GetGuid(), r.Relation?.FromId);
            Assert.Equal(rel.GetProperty("toId").GetGuid(), r.Relation?.ToId);
            Assert.Equal(rel.GetProperty("type").GetString(), r.Relation?.Type);
            Assert.Equal(rel.GetProperty("typeFromFS").GetString(), r.Relation?.TypeFromFS);
            Assert.Equal(rel.GetProperty("typeToFS").GetString(), r.Relation?.TypeToFS);
            Assert.Equal(rel.GetProperty("status").GetString(), r.Relation?.Status);
            Assert.Equal(raw.GetProperty("fromDetails").GetProperty("factSheetInfos").GetProperty("idAndRev").GetProperty("id").GetGuid(),
                r.FromDetails?.FactSheetInfos?.IdAndRev?.Id);
            Assert.Equal(raw.GetProperty("toDetails").GetProperty("effectiveRelationName").GetString(), r.ToDetails?.EffectiveRelationName);
        }
        if (raw.TryGetProperty("factSheet", out var sheet) && sheet.TryGetProperty("rev", out _))
        {
            var embedded = e switch { FactSheetCreatedEvent c => c.FactSheet, FactSheetUpdatedEvent u => u.FactSheet, _ => null };
            Assert.NotNull(embedded);
            Assert.Equal(sheet.GetProperty("id").GetGuid(), embedded.Id);
            Assert.Equal(sheet.GetProperty("name").GetString(), embedded.Name);
            Assert.Equal(sheet.GetProperty("type").GetString(), embedded.Type);
            Assert.Equal(sheet.GetProperty("rev").GetInt64(), embedded.Rev);
            Assert.Equal(sheet.GetProperty("completion").GetProperty("percentage").GetDouble(), embedded.Completion?.Percentage);
        }
    }

    [Fact]
    public void Updated_event_carries_REST_tags_with_their_group()
    {
        var e = Assert.IsType<FactSheetUpdatedEvent>(LeanIXEvents.Parse(EventFixtures.Read("FactSheetUpdatedEvent.json")));
        var tag = Assert.Single(e.FactSheet!.Tags);
        Assert.Equal("Cloud", tag.Name);
        Assert.Equal("#2a7ab0", tag.BgColor); // D29: REST's bgColor, not GraphQL's color
        Assert.Equal("Hosting", tag.TagGroup?.Name);
        Assert.Equal("SINGLE", tag.TagGroup?.Mode);
        Assert.Equal(1.0, e.FactSheet.Completion!.SubCompletions!["section.information"].SubCompletions!["subsection.description"].Completion);
    }

    [Fact]
    public void Lightweight_events_keep_their_specific_members()
    {
        var field = Assert.IsType<FactSheetFieldUpdatedEvent>(LeanIXEvents.Parse(EventFixtures.Read("FactSheetFieldUpdatedEvent.json")));
        Assert.Equal("/externalId", field.Path);
        Assert.Equal("CRM-001", field.OldValue!.Value.GetProperty("externalId").GetString());
        Assert.Equal("CRM-002", field.NewValue!.Value.GetProperty("externalId").GetString());

        var tag = Assert.IsType<FactSheetTagAddedEvent>(LeanIXEvents.Parse(EventFixtures.Read("FactSheetTagAddedEvent.json")));
        Assert.Equal(("Cloud", "Hosting"), (tag.TagName, tag.TagGroupName));

        var archived = Assert.IsType<FactSheetArchivedEvent>(LeanIXEvents.Parse(EventFixtures.Read("FactSheetArchivedEvent.json")));
        Assert.Equal("Duplicate of Demo ERP", archived.Comment);
        Assert.Equal(2, archived.AffectedFactSheetIdAndRev.Count);

        var sub = Assert.IsType<SubscriptionUpdatedEvent>(LeanIXEvents.Parse(EventFixtures.Read("SubscriptionUpdatedEvent.inferred.json")));
        Assert.Equal("ACCOUNTABLE", sub.SubscriptionType);
        Assert.Equal("Application Owner", Assert.Single(sub.RoleInfos).Name);

        var doc = Assert.IsType<DocumentUpdatedEvent>(LeanIXEvents.Parse(EventFixtures.Read("DocumentUpdatedEvent.inferred.json")));
        Assert.Equal(("Runbook v2", "CUSTOM_LINK"), (doc.DocumentName, doc.DocumentOrigin));

        var deleted = Assert.IsType<CommentDeletedEvent>(LeanIXEvents.Parse(EventFixtures.Read("CommentDeletedEvent.json")));
        Assert.Equal("Done.", Assert.Single(deleted.Comment!.Replies).Message);

        var reply = Assert.IsType<CommentReplyAddedEvent>(LeanIXEvents.Parse(EventFixtures.Read("CommentReplyAddedEvent.json")));
        Assert.Null(reply.FsIdAndRev);
        Assert.Equal(Guid.Parse("f0e1d2c3-0000-4000-8000-0000000000c2"), reply.ReplyId);

        var run = Assert.IsType<IntegrationRunEvent>(LeanIXEvents.Parse(EventFixtures.Read("INTEGRATION_RUN_FINISHED.json")));
        Assert.Equal(("FINISHED", 12, 2.5), (run.Progress, run.ProcessedCount, run.Duration));

        var config = Assert.IsType<IntegrationConfigurationEvent>(LeanIXEvents.Parse(EventFixtures.Read("CONFIGURATION_CREATED.json")));
        Assert.Equal("demo-cmdb-apps", config.ConnectorId);

        var automation = Assert.IsType<AutomationTriggeredEvent>(LeanIXEvents.Parse(EventFixtures.Read("AUTOMATION_TRIGGERED.json")));
        Assert.Equal("Demo CRM", automation.FactSheet?.DisplayName);

        var viewed = Assert.IsType<FactSheetViewedEvent>(LeanIXEvents.Parse(EventFixtures.Read("FactSheetViewedEvent.json")));
        Assert.Null(viewed.TransactionSequenceNumber);
    }

    [Fact]
    public void Relation_switch_has_the_new_target_in_toDetails_and_the_old_in_oldToId()
    {
        var e = Assert.IsType<RelationSwitchEvent>(LeanIXEvents.Parse(EventFixtures.Read("RelationSwitchEvent.inferred.json")));
        Assert.Equal(e.Relation!.ToId, e.ToDetails!.FactSheetInfos!.IdAndRev!.Id); // D30
        Assert.Equal(Guid.Parse("a1b2c3d4-0002-4000-8000-000000000002"), e.OldToId);
    }

    [Fact]
    public void Pull_entries_may_carry_the_event_as_a_JSON_encoded_string()
    {
        var payload = EventFixtures.Read("FactSheetTagAddedEvent.json");
        var envelope = new System.Text.Json.Nodes.JsonObject
        {
            ["status"] = "OK", ["type"] = "PullResult", ["total"] = 1,
            ["data"] = new System.Text.Json.Nodes.JsonObject
            {
                ["events"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["cursor"] = new System.Text.Json.Nodes.JsonObject { ["offset"] = 7 },
                    ["event"] = payload // D27: the generated client types 'event' as a string
                }),
                ["nextCursor"] = new System.Text.Json.Nodes.JsonObject { ["offset"] = 9 }
            }
        };
        var batch = PullResult.Parse(envelope.ToJsonString());
        var entry = Assert.Single(batch.Events);
        Assert.Equal(7, entry.Offset);
        Assert.Equal(9, batch.NextCursor); // gaps are allowed (D27)
        Assert.Equal("Cloud", Assert.IsType<FactSheetTagAddedEvent>(entry.Event).TagName);
    }

    [Fact]
    public void An_empty_pull_batch_keeps_the_committed_cursor()
    {
        var batch = PullResult.Parse("""{"status":"OK","type":"PullResult","errors":[],"total":0,"data":{"events":[],"nextCursor":{"offset":43}}}""");
        Assert.Empty(batch.Events);
        Assert.Equal(43, batch.NextCursor);
    }

    [Fact]
    public void Unknown_types_are_kept_raw_and_bad_input_is_refused()
    {
        var unknown = Assert.IsType<UnknownEvent>(LeanIXEvents.Parse("""{"id": 5, "type": "SomethingNewEvent", "x": 1}"""));
        Assert.Equal(("SomethingNewEvent", 5L), (unknown.Type, unknown.Id!.Value));
        Assert.Equal(1, unknown.Raw.GetProperty("x").GetInt32());
        Assert.Throws<JsonException>(() => LeanIXEvents.Parse("[1, 2]"));
        Assert.ThrowsAny<JsonException>(() => LeanIXEvents.Parse("not json"));
        Assert.Throws<JsonException>(() => LeanIXEvents.ParseWrapped(EventFixtures.Read("FactSheetCreatedEvent.json")));
    }
}
