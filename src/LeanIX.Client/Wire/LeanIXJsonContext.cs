using System.Text.Json;
using System.Text.Json.Serialization;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Wire;

/// <summary>
/// Source-generated (de)serialisation of every wire type the client reads or writes (no reflection, no
/// hand-written mapping). Case-insensitive because LeanIX mixes key styles; nulls are left out of what is
/// sent, so a create sends only what is set. Webhook events have their own context in <c>Events</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(GraphQLResponseWire))]
[JsonSerializable(typeof(AllFactSheetsWire))]
[JsonSerializable(typeof(TokenResponseWire))]
[JsonSerializable(typeof(JwtPayloadWire))]
[JsonSerializable(typeof(WorkspaceConfigWire))]
[JsonSerializable(typeof(ErrorBodyWire))]
[JsonSerializable(typeof(EnvelopeWire))]
[JsonSerializable(typeof(DataModelWire))]
[JsonSerializable(typeof(FactSheetPartsWire))]
[JsonSerializable(typeof(LifecycleWire))]
[JsonSerializable(typeof(FactSheetReferenceWire))]
[JsonSerializable(typeof(IdWire))]
[JsonSerializable(typeof(TagsQueryWire))]
[JsonSerializable(typeof(TagWritesWire))]
[JsonSerializable(typeof(SubscriptionRolesQueryWire))]
[JsonSerializable(typeof(MtmUserWire))]
[JsonSerializable(typeof(PullResultWire))]
[JsonSerializable(typeof(PullCursorWire))]
[JsonSerializable(typeof(WebhookSubscription))]
[JsonSerializable(typeof(List<WebhookSubscription>))]
[JsonSerializable(typeof(WebhookSubscriptionStatus))]
[JsonSerializable(typeof(List<WebhookSubscriptionStatus>))]
[JsonSerializable(typeof(Delivery))]
[JsonSerializable(typeof(List<Delivery>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(LeanIX.Client.SyncLog.SyncLogEntry))]
[JsonSerializable(typeof(List<LeanIX.Client.SyncLog.SyncLogItem>))]
[JsonSerializable(typeof(LeanIX.Client.Todos.Todo))]
[JsonSerializable(typeof(TodoCreateWire))]
[JsonSerializable(typeof(TodoQueryWire))]
[JsonSerializable(typeof(List<TodoUpsertEntryWire>))]
[JsonSerializable(typeof(TodoListWire))]
[JsonSerializable(typeof(TodoOneWire))]
[JsonSerializable(typeof(TodoReplyWire))]
[JsonSerializable(typeof(TodoRejectWire))]
[JsonSerializable(typeof(LeanIX.Client.Metrics.MetricSchema))]
[JsonSerializable(typeof(List<LeanIX.Client.Metrics.MetricSchema>))]
[JsonSerializable(typeof(LeanIX.Client.Metrics.MetricsChart))]
[JsonSerializable(typeof(List<LeanIX.Client.Metrics.MetricsChart>))]
internal sealed partial class LeanIXJsonContext : JsonSerializerContext;
