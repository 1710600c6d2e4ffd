using System.Text.Json.Serialization;

namespace LeanIX.Client.Events;

/// <summary>
/// Source-generated serialization for every event model (no reflection, trimming-safe), as octokit/webhooks.net
/// does (STYLE.md §3). Case-insensitive because payload keys mix styles (<c>typeFromFS</c>, <c>permittedReadACL</c>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(FactSheetCreatedEvent))]
[JsonSerializable(typeof(FactSheetUpdatedEvent))]
[JsonSerializable(typeof(FactSheetViewedEvent))]
[JsonSerializable(typeof(FactSheetArchivedEvent))]
[JsonSerializable(typeof(FactSheetRecoveredEvent))]
[JsonSerializable(typeof(FactSheetDeletedEvent))]
[JsonSerializable(typeof(FactSheetFieldUpdatedEvent))]
[JsonSerializable(typeof(FactSheetTagAddedEvent))]
[JsonSerializable(typeof(FactSheetTagRemovedEvent))]
[JsonSerializable(typeof(RelationCreatedEvent))]
[JsonSerializable(typeof(RelationUpdatedEvent))]
[JsonSerializable(typeof(RelationArchivedEvent))]
[JsonSerializable(typeof(RelationDeletedEvent))]
[JsonSerializable(typeof(RelationSwitchEvent))]
[JsonSerializable(typeof(SubscriptionCreatedEvent))]
[JsonSerializable(typeof(SubscriptionUpdatedEvent))]
[JsonSerializable(typeof(SubscriptionDeletedEvent))]
[JsonSerializable(typeof(DocumentCreatedEvent))]
[JsonSerializable(typeof(DocumentUpdatedEvent))]
[JsonSerializable(typeof(DocumentDeletedEvent))]
[JsonSerializable(typeof(CommentCreatedEvent))]
[JsonSerializable(typeof(CommentReplyAddedEvent))]
[JsonSerializable(typeof(CommentDeletedEvent))]
[JsonSerializable(typeof(IntegrationRunEvent))]
[JsonSerializable(typeof(IntegrationConfigurationEvent))]
[JsonSerializable(typeof(AutomationTriggeredEvent))]
[JsonSerializable(typeof(WrappedEvent))]
internal sealed partial class LeanIXEventsJsonContext : JsonSerializerContext;
