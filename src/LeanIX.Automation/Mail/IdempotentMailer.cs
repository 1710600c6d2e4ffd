using LeanIX.Automation.Storage;

namespace LeanIX.Automation.Mail;

/// <summary>
/// The mailer a handler gets: the n-th mail of a run has the key <c>{run key}:mail:{n}</c>, recorded in the database once
/// sent, so a retry or a restart of the same event and automation does not send it again.
/// </summary>
internal sealed class IdempotentMailer(IAutomationMailer inner, SqliteEventInbox inbox, string runKey) : IAutomationMailer
{
    private int _count;

    public async Task SendAsync(AutomationMail mail, CancellationToken cancellationToken = default)
    {
        var key = $"{runKey}:mail:{Interlocked.Increment(ref _count)}";
        if (await inbox.IsEffectDoneAsync(key, cancellationToken).ConfigureAwait(false)) return;
        await inner.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        await inbox.MarkEffectDoneAsync(key, CancellationToken.None).ConfigureAwait(false);
    }
}
