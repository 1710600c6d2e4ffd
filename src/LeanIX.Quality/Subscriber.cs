using System.Text.Json.Nodes;
using LeanIX.Client;

namespace LeanIX.Quality;

/// <summary>
/// A subscription as read with the fact sheet, roles or not. <see cref="FactSheet.SubscriptionsByRole"/> lists a
/// subscription once per role, so one without any role (a plain observer) would be missed; checkers read this instead.
/// </summary>
/// <param name="UserId">The user.</param>
/// <param name="Email">The user's e-mail.</param>
/// <param name="DisplayName">The user's name, if known.</param>
/// <param name="Type">RESPONSIBLE, ACCOUNTABLE or OBSERVER.</param>
/// <param name="Roles">The role names (may be empty).</param>
public sealed record Subscriber(Guid UserId, string Email, string? DisplayName, string Type, IReadOnlyList<string> Roles)
{
    /// <summary>Whether the subscriber owns the fact sheet (accountable or responsible).</summary>
    public bool IsOwner => Type is "ACCOUNTABLE" or "RESPONSIBLE";

    /// <summary>Every subscription of a loaded fact sheet, one per user and type.</summary>
    public static IReadOnlyList<Subscriber> Of(FactSheet factSheet)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        _ = factSheet.SubscriptionsByRole; // raises FactSheetNotLoadedException for a reference
        if (factSheet.Json["subscriptions"]?["edges"] is not JsonArray edges) return [];
        var result = new List<Subscriber>();
        foreach (var node in edges.Select(e => e?["node"]).OfType<JsonObject>())
        {
            var user = node["user"] as JsonObject;
            if (!Guid.TryParse(Text(user?["id"]), out var userId)) continue;
            var roles = (node["roles"] as JsonArray ?? []).Select(r => Text(r?["name"])).OfType<string>().ToList();
            result.Add(new Subscriber(userId, Text(user?["email"]) ?? "", Text(user?["displayName"]), Text(node["type"]) ?? "", roles));
        }
        return result;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
