using System.Text.Json.Serialization;

namespace LeanIX.Client.Webhooks;

/// <summary>Source-generated serialization of the webhooks service's objects. Nulls are left out so a create sends only what is set.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookSubscription))]
[JsonSerializable(typeof(List<WebhookSubscription>))]
[JsonSerializable(typeof(WebhookSubscriptionStatus))]
[JsonSerializable(typeof(Delivery))]
[JsonSerializable(typeof(List<Delivery>))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext;
