using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Automation.Mail;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>
/// E-mails the configured recipients and the fact sheet's subscribers when a fact sheet is archived or deleted. Its
/// initial sync builds an archive event per fact sheet, as the seed's does; only fact sheets that are in fact archived
/// cause a mail, so a sync over active ones sends nothing.
/// </summary>
public sealed class FactSheetDeletionMailHandler : EventHandler
{
    /// <inheritdoc/>
    public override string Description => "E-mails recipients and subscribers when a fact sheet is archived or deleted.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Conditions => [nameof(FactSheetArchivedEvent), nameof(FactSheetDeletedEvent)];

    /// <inheritdoc/>
    public override bool SupportsInitialSync => true;

    /// <inheritdoc/>
    public override JsonObject ConfigTemplate => new()
    {
        ["fs_types"] = new JsonArray("Application"),
        ["recipients"] = new JsonArray("it-governance@example.com"),
        ["notify_subscribers"] = true,
        ["subscriber_roles"] = new JsonArray()
    };

    /// <inheritdoc/>
    public override ValueTask<LeanIXEvent> InitialSyncEventAsync(FactSheet factSheet)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return ValueTask.FromResult<LeanIXEvent>(new FactSheetArchivedEvent
        {
            Type = nameof(FactSheetArchivedEvent),
            FsIdAndRev = new FactSheetIdAndRev { Id = factSheet.Id, Rev = factSheet.Rev },
            FsType = factSheet.Type,
            AffectedFactSheetIdAndRev = [new FactSheetIdAndRev { Id = factSheet.Id, Rev = factSheet.Rev }]
        });
    }

    /// <inheritdoc/>
    public override async Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        var deleted = leanIXEvent is FactSheetDeletedEvent;
        if (factSheet is not null && !deleted && factSheet.Status != "ARCHIVED")
        {
            context.Log.LogInformation("{FactSheet} is {Status}; no mail.", factSheet.DisplayName, factSheet.Status);
            return;
        }
        var reference = leanIXEvent as FactSheetReferenceEvent;
        var type = factSheet?.Type ?? reference?.FsType ?? "FactSheet";
        var id = factSheet?.Id ?? reference?.FsIdAndRev?.Id ?? Guid.Empty;
        var name = factSheet?.DisplayName ?? id.ToString();
        var recipients = new SortedSet<string>(ConfigReader.Strings(context.Configuration, "recipients"), StringComparer.OrdinalIgnoreCase);
        if (factSheet is not null && ConfigReader.Bool(context.Configuration, "notify_subscribers"))
        {
            var roles = ConfigReader.Strings(context.Configuration, "subscriber_roles");
            foreach (var (role, subscriptions) in factSheet.SubscriptionsByRole)
                if (roles.Count == 0 || roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                    foreach (var s in subscriptions) recipients.Add(s.Email);
        }
        if (recipients.Count == 0)
        {
            context.Log.LogWarning("{FactSheet} was {What} but there is nobody to tell.", name, deleted ? "deleted" : "archived");
            return;
        }
        var actor = await WorkspaceUsers.FindAsync(context.Client, leanIXEvent.UserId, cancellationToken).ConfigureAwait(false);
        var what = deleted ? "deleted" : "archived";
        var when = (leanIXEvent.CreatedAt ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var body = new MailBody()
            .Paragraph($"The {type} '{name}' was {what}{(actor is null ? "" : $" by {actor.DisplayName}")} on {when}.");
        if (reference is FactSheetArchivedEvent { Comment: { Length: > 0 } comment })
            body.Paragraph($"Reason: {comment}");
        if (!deleted && id != Guid.Empty)
            body.ParagraphWithLink("It stays readable in the workspace: ", name, context.Links.FactSheet(type, id), ".");
        await context.Mailer.SendAsync(new AutomationMail(recipients.ToList(), $"{type} '{name}' was {what}", body.Html, body.Text), cancellationToken).ConfigureAwait(false);
        context.Log.LogInformation("Mailed {Count} recipient(s) that {FactSheet} was {What}.", recipients.Count, name, what);
        context.RecordAction(new AutomationAction("NONE", $"Mail to {string.Join(", ", recipients)}: {type} '{name}' was {what}", id.ToString(), name, type));
    }
}
