using LeanIX.Automation.Automations;
using LeanIX.Automation.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>
/// One run with its whole log: the target of every row of "last runs", including runs that have no automation page
/// (scheduled quality jobs, automations deleted since).
/// </summary>
public sealed class RunModel(IRunHistory runs, IAutomationStore store) : PageModel
{
    /// <summary>The run shown.</summary>
    public AutomationRun Run { get; private set; } = null!;

    /// <summary>Whether its automation is still configured (then the page links to it).</summary>
    public bool HasAutomationPage { get; private set; }

    /// <summary>Shows the run, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id ?? "", cancellationToken).ConfigureAwait(false);
        if (run is null) return NotFound();
        Run = run;
        HasAutomationPage = await store.GetAsync(run.AutomationId, cancellationToken).ConfigureAwait(false) is not null;
        return Page();
    }
}
