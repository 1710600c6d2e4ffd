using LeanIX.Client.Events;

namespace LeanIX.Client.Tests.Webhooks;

/// <summary>GetEventInfo per relation event kind, the switch included (D30), and the fact sheets other events affect.</summary>
public class EventInfoTests
{
    private static readonly Guid Crm = Guid.Parse("a1b2c3d4-0001-4000-8000-000000000001");
    private static readonly Guid Db = Guid.Parse("a1b2c3d4-0002-4000-8000-000000000002");
    private static readonly Guid DbV2 = Guid.Parse("a1b2c3d4-0004-4000-8000-000000000004");
    private static readonly Guid Relation = Guid.Parse("a1b2c3d4-0101-4000-8000-000000000101");

    private static EventInfo InfoOf(string fixture) => LeanIXEvents.GetEventInfo(LeanIXEvents.Parse(EventFixtures.Read(fixture)));

    [Fact]
    public void Relation_created_is_one_created_relation()
    {
        var info = InfoOf("RelationCreatedEvent.json");
        var created = Assert.Single(info.CreatedRelations);
        Assert.Equal(new RelationChange(Relation, "relApplicationToITComponent", Crm, Db, "Application", "ITComponent"), created);
        Assert.Empty(info.RemovedRelations);
        Assert.Empty(info.UpdatedRelations);
        Assert.Equal([Crm, Db], info.AffectedFactSheets);
    }

    [Fact]
    public void Relation_updated_is_one_updated_relation()
    {
        var info = InfoOf("RelationUpdatedEvent.inferred.json");
        Assert.Equal(Db, Assert.Single(info.UpdatedRelations).ToId);
        Assert.Empty(info.CreatedRelations);
        Assert.Empty(info.RemovedRelations);
    }

    [Theory]
    [InlineData("RelationArchivedEvent.inferred.json")]
    [InlineData("RelationDeletedEvent.inferred.json")]
    public void Relation_archived_or_deleted_is_one_removed_relation(string fixture)
    {
        var info = InfoOf(fixture);
        var removed = Assert.Single(info.RemovedRelations);
        Assert.Equal((Crm, Db), (removed.FromId, removed.ToId));
        Assert.Empty(info.CreatedRelations);
        Assert.Empty(info.UpdatedRelations);
        Assert.Equal([Crm, Db], info.AffectedFactSheets);
    }

    [Fact]
    public void Relation_switch_is_one_create_to_the_new_target_and_one_delete_to_the_old()
    {
        var info = InfoOf("RelationSwitchEvent.inferred.json");
        var created = Assert.Single(info.CreatedRelations);
        var removed = Assert.Single(info.RemovedRelations);
        Assert.Equal((Crm, DbV2), (created.FromId, created.ToId)); // toDetails / relation.toId = new target (D30)
        Assert.Equal((Crm, Db), (removed.FromId, removed.ToId));   // oldToId = previous target
        Assert.Equal(Relation, created.RelationId);
        Assert.Equal("relApplicationToITComponent", removed.Type);
        Assert.Empty(info.UpdatedRelations);
        Assert.Equal(3, info.AffectedFactSheets.Count);
        Assert.Contains(Db, info.AffectedFactSheets);
        Assert.Contains(DbV2, info.AffectedFactSheets);
    }

    [Theory]
    [InlineData("FactSheetCreatedEvent.json")]
    [InlineData("FactSheetUpdatedEvent.json")]
    [InlineData("FactSheetTagAddedEvent.json")]
    [InlineData("FactSheetFieldUpdatedEvent.json")]
    [InlineData("DocumentCreatedEvent.json")]
    [InlineData("SubscriptionCreatedEvent.json")]
    [InlineData("CommentCreatedEvent.json")]
    [InlineData("FactSheetViewedEvent.json")]
    [InlineData("AUTOMATION_TRIGGERED.json")]
    public void Fact_sheet_events_affect_their_fact_sheet_and_no_relation(string fixture)
    {
        var info = InfoOf(fixture);
        Assert.Equal([Crm], info.AffectedFactSheets);
        Assert.Empty(info.CreatedRelations);
        Assert.Empty(info.RemovedRelations);
        Assert.Empty(info.UpdatedRelations);
    }

    [Fact]
    public void Archive_affects_every_fact_sheet_it_touched()
    {
        Assert.Equal([Crm, Db], InfoOf("FactSheetArchivedEvent.json").AffectedFactSheets);
    }

    [Fact]
    public void Integration_events_affect_no_fact_sheet()
    {
        Assert.Empty(InfoOf("INTEGRATION_RUN_FINISHED.json").AffectedFactSheets);
        Assert.Empty(InfoOf("CommentReplyAddedEvent.json").AffectedFactSheets);
    }
}
