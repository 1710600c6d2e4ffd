using LeanIX.Automation.Mail;
using LeanIX.Automation.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeanIX.Automation.Web.Pages;

/// <summary>
/// Mails that were being sent when their host stopped: they may or may not have gone out, so the host never sends them
/// again by itself. An admin replays one (sends it now) or dismisses it.
/// </summary>
public sealed class UncertainMailsModel(SqliteMailOutbox outbox, IAutomationMailer mailer) : PageModel
{
    /// <summary>The mails waiting for a decision, oldest first.</summary>
    public IReadOnlyList<MailIntent> Mails { get; private set; } = [];

    /// <summary>What was just done ("sent", "dismissed", "gone"), or null.</summary>
    public string? Done { get; private set; }

    /// <summary>Lists the uncertain mails.</summary>
    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done is "sent" or "dismissed" or "gone" ? done : null;
        Mails = await outbox.UncertainAsync(SqliteMailOutbox.StaleAfter, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the mail now, as it was recorded, and marks it sent.</summary>
    public async Task<IActionResult> OnPostReplayAsync(string key, CancellationToken cancellationToken)
    {
        var intent = await outbox.GetAsync(key ?? "", cancellationToken).ConfigureAwait(false);
        if (intent is null || intent.State is MailIntentState.Sent or MailIntentState.Dismissed) return LocalRedirect("/mails?done=gone");
        await mailer.SendAsync(intent.Mail, cancellationToken).ConfigureAwait(false);
        await outbox.ResolveAsync(intent.Key, MailIntentState.Sent, CancellationToken.None).ConfigureAwait(false);
        return LocalRedirect("/mails?done=sent");
    }

    /// <summary>Leaves the mail unsent for good.</summary>
    public async Task<IActionResult> OnPostDismissAsync(string key, CancellationToken cancellationToken) =>
        LocalRedirect(await outbox.ResolveAsync(key ?? "", MailIntentState.Dismissed, cancellationToken).ConfigureAwait(false) ? "/mails?done=dismissed" : "/mails?done=gone");
}
