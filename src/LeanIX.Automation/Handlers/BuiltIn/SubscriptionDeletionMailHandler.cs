using System.Text.Json.Nodes;
using LeanIX.Automation.Mail;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>E-mails the user whose subscription to a fact sheet was removed.</summary>
public sealed class SubscriptionDeletionMailHandler : EventHandler
{
    /// <inheritdoc/>
    public override string Description => "E-mails the user whose subscription was removed.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Conditions => [nameof(SubscriptionDeletedEvent)];

    /// <inheritdoc/>
    public override JsonObject ConfigTemplate => new()
    {
        ["fs_types"] = new JsonArray("Application"),
        ["roles"] = new JsonArray(),
        ["cc"] = new JsonArray()
    };

    /// <inheritdoc/>
    public override async Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        if (leanIXEvent is not SubscriptionDeletedEvent removed) return;
        var roles = ConfigReader.Strings(context.Configuration, "roles");
        var removedRoles = removed.RoleInfos.Select(r => r.Name).OfType<string>().ToList();
        if (roles.Count > 0 && !removedRoles.Any(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            context.Log.LogInformation("The removed subscription held none of the configured roles; no mail.");
            return;
        }
        var user = await WorkspaceUsers.FindAsync(context.Client, removed.SubscribedUserId, cancellationToken).ConfigureAwait(false);
        if (user is null || string.IsNullOrEmpty(user.Email))
        {
            context.Log.LogWarning("The unsubscribed user {UserId} is not in the workspace; no mail.", removed.SubscribedUserId);
            return;
        }
        var type = factSheet?.Type ?? removed.FsType ?? "FactSheet";
        var id = factSheet?.Id ?? removed.FsIdAndRev?.Id ?? Guid.Empty;
        var name = factSheet?.DisplayName ?? id.ToString();
        var roleText = removedRoles.Count == 0 ? removed.SubscriptionType ?? "subscriber" : string.Join(", ", removedRoles);
        var body = new MailBody()
            .Paragraph($"Hello {user.DisplayName},")
            .ParagraphWithLink($"your subscription as {roleText} to the {type} ", name, context.Links.FactSheet(type, id), " was removed.");
        var to = new List<string> { user.Email };
        to.AddRange(ConfigReader.Strings(context.Configuration, "cc").Where(c => !c.Equals(user.Email, StringComparison.OrdinalIgnoreCase)));
        await context.Mailer.SendAsync(new AutomationMail(to, $"Your subscription to {type} '{name}' was removed", body.Html, body.Text), cancellationToken).ConfigureAwait(false);
        context.Log.LogInformation("Mailed {Email} about the removed subscription to {FactSheet}.", user.Email, name);
        context.RecordAction(new AutomationAction("NONE", $"Mail to {user.Email}: subscription as {roleText} removed", id.ToString(), name, type));
    }
}
