using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>
/// When a user in a configured role is subscribed to a fact sheet, links the fact sheet to the organisation found through
/// a property of the user (e.g. the e-mail domain), with the usage type the role maps to. When the user is unsubscribed
/// (and holds the role no more), <c>deletion_action</c> says what happens: <c>delete_relation</c> removes the link,
/// <c>delete_usage_type</c> removes only the role's usage type from it.
/// </summary>
public sealed class LinkFactSheetBySubscriptionHandler : EventHandler
{
    /// <summary>The user properties an organisation can be found by.</summary>
    public static readonly IReadOnlyList<string> UserProperties = ["email_domain", "email", "user_name", "first_name", "last_name", "display_name"];

    /// <inheritdoc/>
    public override string Description => "Links the subscriber's organisation (found by a user property) when a user in a role subscribes; unlinks on removal.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Conditions =>
        [nameof(SubscriptionCreatedEvent), nameof(SubscriptionUpdatedEvent), nameof(SubscriptionDeletedEvent)];

    /// <inheritdoc/>
    public override JsonObject ConfigTemplate => new()
    {
        ["fs_types"] = new JsonArray("Application"),
        ["roles"] = new JsonObject(),
        ["user_property"] = "email_domain",
        ["organisations"] = new JsonObject(),
        ["organisation_type"] = "UserGroup",
        ["relation"] = "relApplicationToUserGroup",
        ["usage_type_field"] = "usageType",
        ["deletion_action"] = "delete_relation"
    };

    /// <inheritdoc/>
    public override async Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        if (leanIXEvent is not FactSheetSubscriptionEvent subscription || factSheet is null) return;
        var configuration = context.Configuration;
        var roles = ConfigReader.Map(configuration, "roles");
        var eventRoles = subscription.RoleInfos.Select(r => r.Name).OfType<string>().Where(roles.ContainsKey).ToList();
        if (eventRoles.Count == 0)
        {
            context.Log.LogInformation("No configured role in the subscription change; nothing to link.");
            return;
        }
        var user = await WorkspaceUsers.FindAsync(context.Client, subscription.SubscribedUserId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The subscribed user {subscription.SubscribedUserId} is not in the workspace.");
        var property = ConfigReader.String(configuration, "user_property");
        var value = PropertyOf(user, property);
        var organisations = ConfigReader.Map(configuration, "organisations");
        var organisationName = organisations.Count == 0 ? value : value is not null && organisations.TryGetValue(value, out var mapped) ? mapped : null;
        if (string.IsNullOrEmpty(organisationName))
        {
            context.Log.LogWarning("{Email}: {Property} = {Value} maps to no organisation.", user.Email, property, value ?? "empty");
            context.RecordAction(new AutomationAction("NONE", $"{user.Email}: {property} = {value} maps to no organisation", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type, "WARNING"));
            return;
        }
        FactSheet organisation;
        try
        {
            organisation = await context.Client.FactSheets.GetAsync(ConfigReader.String(configuration, "organisation_type"), organisationName, cancellationToken).ConfigureAwait(false);
        }
        catch (LeanIXNotFoundException)
        {
            context.Log.LogWarning("The organisation '{Organisation}' of {Email} does not exist.", organisationName, user.Email);
            context.RecordAction(new AutomationAction("NONE", $"Organisation '{organisationName}' does not exist", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type, "WARNING"));
            return;
        }
        var relationKey = ConfigReader.String(configuration, "relation");
        var usageField = ConfigReader.String(configuration, "usage_type_field");
        var existing = (await factSheet.RelationsAsync(relationKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.TargetId == organisation.Id);
        var usages = eventRoles.Select(r => roles[r]).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        if (subscription is SubscriptionDeletedEvent)
            await UnlinkAsync(factSheet, existing, organisation, user, eventRoles, usages, usageField, context, cancellationToken).ConfigureAwait(false);
        else
            await LinkAsync(factSheet, existing, organisation, relationKey, usages, usageField, context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task LinkAsync(FactSheet factSheet, FactSheetRelation? existing, FactSheet organisation, string relationKey,
        IReadOnlyList<string> usages, string usageField, HandlerContext context, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            var attributes = new RelationAttributes();
            if (usages.Count > 0 && usageField.Length > 0) attributes.Fields[usageField] = new JsonArray(usages.Select(u => (JsonNode?)JsonValue.Create(u)).ToArray());
            await factSheet.AddRelationAsync(relationKey, organisation, attributes, cancellationToken).ConfigureAwait(false);
            context.Log.LogInformation("Linked {FactSheet} to {Organisation} ({Usage}).", factSheet.DisplayName, organisation.DisplayName, string.Join(", ", usages));
            context.RecordAction(new AutomationAction("CREATE", $"Linked to {organisation.DisplayName} ({string.Join(", ", usages)})", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
            return;
        }
        var current = usageField.Length == 0 ? [] : existing.Field(usageField).AsStrings();
        var missing = usages.Where(u => !current.Contains(u)).ToList();
        if (missing.Count == 0)
        {
            context.Log.LogInformation("{FactSheet} is already linked to {Organisation}.", factSheet.DisplayName, organisation.DisplayName);
            return;
        }
        var updated = RelationAttributes.From(existing);
        updated.Fields[usageField] = new JsonArray(current.Concat(missing).Select(u => (JsonNode?)JsonValue.Create(u)).ToArray());
        await factSheet.UpdateRelationAsync(existing, updated, cancellationToken).ConfigureAwait(false);
        context.Log.LogInformation("Added usage {Usage} to the link of {FactSheet} to {Organisation}.", string.Join(", ", missing), factSheet.DisplayName, organisation.DisplayName);
        context.RecordAction(new AutomationAction("UPDATE", $"Usage {string.Join(", ", missing)} added to the link to {organisation.DisplayName}", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
    }

    private static async Task UnlinkAsync(FactSheet factSheet, FactSheetRelation? existing, FactSheet organisation, WorkspaceUser user,
        IReadOnlyList<string> removedRoles, IReadOnlyList<string> usages, string usageField, HandlerContext context, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            context.Log.LogInformation("{FactSheet} is not linked to {Organisation}; nothing to remove.", factSheet.DisplayName, organisation.DisplayName);
            return;
        }
        if (removedRoles.Any(role => factSheet.Subscriptions(role).Any(s => s.UserId == user.Id)))
        {
            context.Log.LogInformation("{Email} still holds the role on {FactSheet}; the link stays.", user.Email, factSheet.DisplayName);
            return;
        }
        var action = ConfigReader.String(context.Configuration, "deletion_action");
        switch (action)
        {
            case "delete_relation":
                await factSheet.RemoveRelationAsync(existing, cancellationToken).ConfigureAwait(false);
                context.Log.LogInformation("Unlinked {FactSheet} from {Organisation}.", factSheet.DisplayName, organisation.DisplayName);
                context.RecordAction(new AutomationAction("DELETE", $"Unlinked from {organisation.DisplayName}", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
                break;
            case "delete_usage_type":
                var current = existing.Field(usageField).AsStrings();
                var remaining = current.Where(u => !usages.Contains(u)).ToList();
                if (remaining.Count == current.Count) return;
                var updated = RelationAttributes.From(existing);
                updated.Fields[usageField] = new JsonArray(remaining.Select(u => (JsonNode?)JsonValue.Create(u)).ToArray());
                await factSheet.UpdateRelationAsync(existing, updated, cancellationToken).ConfigureAwait(false);
                context.Log.LogInformation("Removed usage {Usage} from the link of {FactSheet} to {Organisation}.", string.Join(", ", usages), factSheet.DisplayName, organisation.DisplayName);
                context.RecordAction(new AutomationAction("UPDATE", $"Usage {string.Join(", ", usages)} removed from the link to {organisation.DisplayName}", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
                break;
            default:
                throw new InvalidOperationException($"deletion_action must be 'delete_relation' or 'delete_usage_type', not '{action}'.");
        }
    }

    private static string? PropertyOf(WorkspaceUser user, string property) => property switch
    {
        "email_domain" => user.Email.Contains('@') ? user.Email[(user.Email.IndexOf('@') + 1)..] : null,
        "email" => user.Email,
        "user_name" => user.UserName,
        "first_name" => user.FirstName,
        "last_name" => user.LastName,
        "display_name" => user.DisplayName,
        _ => throw new InvalidOperationException($"user_property must be one of {string.Join(", ", UserProperties)}, not '{property}'.")
    };
}
