using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>
/// Subscribes the creator of a new fact sheet in a configured role and subscription type. Idempotent: a creator who
/// already holds the role is left as is, so a repeated event changes nothing.
/// </summary>
public sealed class CreateSubscriptionHandler : EventHandler
{
    /// <inheritdoc/>
    public override string Description => "Subscribes the creator of a new fact sheet in a configured role and type.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Conditions => [nameof(FactSheetCreatedEvent)];

    /// <inheritdoc/>
    public override JsonObject ConfigTemplate => new()
    {
        ["fs_types"] = new JsonArray("Application"),
        ["role"] = "Application Owner",
        ["subscription_type"] = "RESPONSIBLE",
        ["comment"] = "Subscribed as the creator by the LeanIX Automation Platform"
    };

    /// <inheritdoc/>
    public override async Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        if (factSheet is null)
        {
            context.Log.LogWarning("The new fact sheet is gone; nobody to subscribe.");
            return;
        }
        var role = ConfigReader.String(context.Configuration, "role");
        var creator = await WorkspaceUsers.FindAsync(context.Client, leanIXEvent.UserId, cancellationToken).ConfigureAwait(false);
        if (creator is null || creator.TechnicalUser)
        {
            context.Log.LogInformation("{FactSheet} was created by {Who}; no subscription.", factSheet.DisplayName, creator is null ? "an unknown user" : "a technical user");
            return;
        }
        if (factSheet.Subscriptions(role).Any(s => s.UserId == creator.Id))
        {
            context.Log.LogInformation("{Email} is already {Role} of {FactSheet}.", creator.Email, role, factSheet.DisplayName);
            return;
        }
        var type = ConfigReader.String(context.Configuration, "subscription_type");
        var comment = ConfigReader.String(context.Configuration, "comment");
        await factSheet.SubscribeAsync(creator.Email, role, comment.Length == 0 ? null : comment, type.Length == 0 ? null : type, cancellationToken).ConfigureAwait(false);
        context.Log.LogInformation("Subscribed {Email} as {Role} of {FactSheet}.", creator.Email, role, factSheet.DisplayName);
        context.RecordAction(new AutomationAction("CREATE", $"Subscribed {creator.Email} as {role}", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
    }
}
