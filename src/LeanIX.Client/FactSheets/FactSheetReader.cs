using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>Maps the fixed parts of fact sheet JSON (D10–D15) through the wire context into the public records.</summary>
internal static class FactSheetReader
{
    public static FactSheetPartsWire Parts(JsonObject data) =>
        data.Deserialize(LeanIXJsonContext.Default.FactSheetPartsWire) ?? throw new JsonException("A fact sheet came as null.");

    public static IEnumerable<JsonObject> Edges(JsonNode? connection) =>
        (connection?["edges"] as JsonArray ?? []).Select(e => e?["node"]).OfType<JsonObject>();

    public static Lifecycle? Lifecycle(JsonNode node)
    {
        if (node is not JsonObject) return null;
        var lifecycle = node.Deserialize(LeanIXJsonContext.Default.LifecycleWire);
        var phases = (lifecycle?.Phases ?? []).OfType<LifecyclePhaseWire>().Select(p => new LifecyclePhase(p.Phase ?? "", p.StartDate)).ToList();
        return phases.Count == 0 ? null : new Lifecycle(lifecycle!.AsString, phases);
    }

    public static IEnumerable<RoleSubscription> RoleSubscriptions(SubscriptionWire subscription) =>
        (subscription.Roles ?? []).OfType<SubscriptionRoleLinkWire>().Select(role => new RoleSubscription(
            Guid.Parse(subscription.Id!), subscription.Type ?? "",
            Guid.TryParse(subscription.User?.Id, out var userId) ? userId : Guid.Empty,
            subscription.User?.Email ?? "", subscription.User?.DisplayName, role.Name ?? "", role.Comment)
        {
            UserStatus = subscription.User?.Status,
            WorkspaceRole = subscription.User?.Permission?.Role
        });

    public static FactSheetTag Tag(FactSheetTagWire tag) => new(
        Guid.Parse(tag.Id!), tag.Name ?? "", Guid.TryParse(tag.TagGroup?.Id, out var groupId) ? groupId : null,
        tag.TagGroup?.Name ?? FactSheet.UngroupedTags, tag.Color);

    public static FactSheetDocument Document(DocumentWire d) =>
        new(Guid.Parse(d.Id!), d.Name ?? "", d.Url, d.Description, d.Origin, d.DocumentType);
}
