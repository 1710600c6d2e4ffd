using LeanIX.Automation.Automations;
using LeanIX.Automation.InitialSync;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>
/// Deleting an automation, behind a confirmation page that says what stays: its runs remain in the history (under the
/// name it had, without a link), the inbox and its dead letters are untouched (a replayed event runs only the automations
/// that still exist), and a running initial sync is cancelled first.
/// </summary>
public sealed class DeleteAutomationModel(IAutomationStore store, InitialSyncService sync) : PageModel
{
    /// <summary>The automation to delete.</summary>
    public AutomationDefinition Automation { get; private set; } = null!;

    /// <summary>The confirmation page's path.</summary>
    public static string PathFor(string automationId) => $"{AutomationModel.PathFor(automationId)}/delete";

    /// <summary>Asks for confirmation.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var automation = await store.GetAsync(id ?? "", cancellationToken).ConfigureAwait(false);
        if (automation is null) return NotFound();
        Automation = automation;
        return Page();
    }

    /// <summary>Cancels its initial sync if one runs, deletes it, and goes back to the dashboard, which says what was deleted.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var automation = await store.GetAsync(id ?? "", cancellationToken).ConfigureAwait(false);
        if (automation is null) return NotFound();
        // A sync left running would resume at the next start-up for an automation that no longer exists.
        await sync.CancelAsync(automation.Id!, cancellationToken).ConfigureAwait(false);
        if (!await store.DeleteAsync(automation.Id!, cancellationToken).ConfigureAwait(false)) return NotFound();
        return LocalRedirect("/?deleted=" + Uri.EscapeDataString(automation.DisplayName));
    }
}
