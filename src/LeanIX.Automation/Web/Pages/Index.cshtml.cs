using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Web.Pages;

/// <summary>The dashboard: automations with their handlers and state, the inbox counts, the last runs with their logs.</summary>
public sealed class IndexModel(IAutomationStore store, IEventInbox inbox, IRunHistory runs, HandlerRegistry handlers, SqliteMailOutbox mails) : PageModel
{
    /// <summary>How many runs the dashboard shows.</summary>
    public const int RunsShown = 20;

    /// <summary>Every automation.</summary>
    public IReadOnlyList<AutomationDefinition> Automations { get; private set; } = [];

    /// <summary>Every registered handler.</summary>
    public IReadOnlyList<EventHandler> Handlers { get; private set; } = [];

    /// <summary>Pending, in-flight, dead and done events.</summary>
    public InboxCounts Counts { get; private set; } = new(0, 0, 0, 0);

    /// <summary>The last runs, newest first.</summary>
    public IReadOnlyList<AutomationRun> Runs { get; private set; } = [];

    /// <summary>The last runs with the automations that have a page.</summary>
    public RunList RunList => new(Runs, Automations.Select(a => a.Id!).ToHashSet(StringComparer.Ordinal));

    /// <summary>Mails that may or may not have gone out, waiting for an admin (<c>/mails</c>).</summary>
    public int UncertainMails { get; private set; }

    /// <summary>The name of the automation just deleted, or null.</summary>
    public string? Deleted { get; private set; }

    /// <summary>Reads what the dashboard shows.</summary>
    public async Task OnGetAsync(string? deleted, CancellationToken cancellationToken)
    {
        Deleted = string.IsNullOrWhiteSpace(deleted) ? null : deleted;
        Automations = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        Handlers = handlers.All;
        Counts = await inbox.CountsAsync(cancellationToken).ConfigureAwait(false);
        Runs = await runs.LastRunsAsync(RunsShown, null, cancellationToken).ConfigureAwait(false);
        UncertainMails = (await mails.UncertainAsync(SqliteMailOutbox.StaleAfter, cancellationToken: cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <summary>Enables an automation.</summary>
    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    /// <summary>Disables an automation.</summary>
    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    /// <summary>Adds an automation of a handler, disabled, configured with the handler's template; then opens it.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string handlerName, string? name, CancellationToken cancellationToken)
    {
        var handler = handlers.Find(handlerName ?? "");
        if (handler is null) return NotFound();
        var created = await store.SaveAsync(new AutomationDefinition
        {
            HandlerName = handler.Name,
            Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            ConfigurationJson = handler.ConfigTemplate.ToJsonString(),
            Enabled = false
        }, cancellationToken).ConfigureAwait(false);
        return LocalRedirect(AutomationModel.PathFor(created.Id!));
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken) =>
        await store.SetEnabledAsync(id ?? "", enabled, cancellationToken).ConfigureAwait(false) ? LocalRedirect("/") : NotFound();
}
