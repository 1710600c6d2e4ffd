using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Web.Pages;

/// <summary>The dead-letter list, with a replay per event and for all.</summary>
public sealed class DeadLettersModel(IEventInbox inbox, IOptions<AutomationOptions> options) : PageModel
{
    /// <summary>How many dead letters the page lists.</summary>
    public const int Shown = 200;

    /// <summary>The dead letters, newest first.</summary>
    public IReadOnlyList<InboxEvent> Letters { get; private set; } = [];

    /// <summary>How many were just replayed, or null.</summary>
    public int? Replayed { get; private set; }

    /// <summary>"N times", from the processing options.</summary>
    public string MaxAttemptsText => $"{options.Value.Processing.MaxAttempts} times";

    /// <summary>Lists the dead letters.</summary>
    public async Task OnGetAsync(int? replayed, CancellationToken cancellationToken)
    {
        Replayed = replayed;
        Letters = await inbox.DeadLettersAsync(Shown, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replays one dead letter.</summary>
    public async Task<IActionResult> OnPostReplayAsync(long sequence, CancellationToken cancellationToken) =>
        LocalRedirect($"/dead-letters?replayed={(await inbox.ReplayAsync(sequence, cancellationToken).ConfigureAwait(false) ? 1 : 0)}");

    /// <summary>Replays every dead letter.</summary>
    public async Task<IActionResult> OnPostReplayAllAsync(CancellationToken cancellationToken) =>
        LocalRedirect($"/dead-letters?replayed={await inbox.ReplayAllAsync(cancellationToken).ConfigureAwait(false)}");
}
