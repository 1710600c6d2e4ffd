using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers;

/// <summary>
/// The base class of every automation handler, modelled on a webhook processor with virtual methods. Subclass it,
/// override what you need, and register it in one line: <c>builder.Services.AddAutomationHandler&lt;MyHandler&gt;()</c>.
/// An automation is a handler plus a configuration shaped like <see cref="ConfigTemplate"/>; the host calls
/// <see cref="HandleAsync"/> for every event whose type is in <see cref="Conditions"/> and whose fact sheet type is in
/// the automation's <c>fs_types</c>, with the fact sheet already read.
/// </summary>
/// <remarks>
/// <c>System.EventHandler</c> has the same simple name; outside this namespace write
/// <c>using EventHandler = LeanIX.Automation.Handlers.EventHandler;</c> or the full name.
/// Handlers are singletons and may run concurrently for different fact sheets: keep per-event state in locals.
/// An event may reach a handler again after a crash between its effect and the host's record of it, so write effects
/// conditionally (add a relation only when it is missing); mails sent through <see cref="HandlerContext.Mailer"/> are
/// recorded per event and automation and not sent twice.
/// </remarks>
public abstract class EventHandler
{
    /// <summary>The name automations refer to; unique among registered handlers. Defaults to the class name.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>What the handler does, for the menu.</summary>
    public abstract string Description { get; }

    /// <summary>
    /// The event types it reacts to, as payload <c>type</c> names (<c>FactSheetCreatedEvent</c>,
    /// <c>SubscriptionDeletedEvent</c>…; webhooks.md §7). Empty means every event.
    /// </summary>
    public virtual IReadOnlyList<string> Conditions => [];

    /// <summary>Whether an initial sync may run it over every existing fact sheet of its <c>fs_types</c>.</summary>
    public virtual bool SupportsInitialSync => false;

    /// <summary>
    /// Whether the host reads the event's fact sheet before <see cref="HandleAsync"/> (one request per event). Override
    /// with false for a handler that needs only the event; it then gets a null fact sheet.
    /// </summary>
    public virtual bool ResolvesFactSheet => true;

    /// <summary>
    /// The configuration template: a JSON object whose first key is <c>fs_types</c> (the fact sheet types it applies to).
    /// Configurations are validated against it: the same keys, values of the same JSON kind; an empty object in the
    /// template accepts any keys (a map). Each call returns a fresh object.
    /// </summary>
    public virtual JsonObject ConfigTemplate => new() { ["fs_types"] = new JsonArray() };

    /// <summary>
    /// Handles one event. <paramref name="factSheet"/> is the fact sheet the event is about, read fresh from the workspace
    /// (null when the event names none or it no longer exists). Throw to fail the attempt: the host retries with backoff
    /// and, after the configured tries, moves the event to the dead letters.
    /// </summary>
    public abstract Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The synthetic event an initial sync hands to <see cref="HandleAsync"/> for an existing fact sheet. The default is a
    /// <see cref="FactSheetUpdatedEvent"/> for it.
    /// </summary>
    public virtual ValueTask<LeanIXEvent> InitialSyncEventAsync(FactSheet factSheet)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return ValueTask.FromResult<LeanIXEvent>(new FactSheetUpdatedEvent
        {
            Type = nameof(FactSheetUpdatedEvent),
            FactSheet = new EventFactSheet { Id = factSheet.Id, Rev = factSheet.Rev, Name = factSheet.Name, Type = factSheet.Type, DisplayName = factSheet.DisplayName, Status = factSheet.Status }
        });
    }

    /// <summary>Whether the event type is one of <see cref="Conditions"/>.</summary>
    public bool ReactsTo(string? eventType) => Conditions.Count == 0 || (eventType is not null && Conditions.Contains(eventType, StringComparer.Ordinal));
}
