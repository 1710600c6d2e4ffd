using LeanIX.Automation.Storage;

namespace LeanIX.Automation.Mail;

/// <summary>
/// The mailer a handler gets. The n-th mail of a run has the key <c>{run key}:mail:{n}</c>; before it goes to the SMTP
/// server its intent is committed (<see cref="SqliteMailOutbox.BeginAsync"/>), and after, its success. So a retry, replay
/// or restart does not send a sent mail again, and a mail whose host died while sending it (it may or may not have gone
/// out) is not sent again either: it waits in the menu's "uncertain mails" for an admin to replay or dismiss it.
/// </summary>
internal sealed partial class IdempotentMailer(IAutomationMailer inner, SqliteMailOutbox outbox, string runKey, string automationId, string owner, ILogger log)
    : IAutomationMailer
{
    private int _count;

    public async Task SendAsync(AutomationMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var key = $"{runKey}:mail:{Interlocked.Increment(ref _count)}";
        var existing = await outbox.BeginAsync(key, automationId, owner, mail, cancellationToken).ConfigureAwait(false);
        if (existing == MailIntentState.Sent) return;
        if (existing is not null)
        {
            LogNotResent(log, mail.Subject, existing.Value);
            return;
        }
        try
        {
            await inner.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The SMTP server refused the mail or could not be reached: not sent, so the run's retry may send it.
            await outbox.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        await outbox.MarkSentAsync(key, CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail '{Subject}' is not sent again: an earlier attempt was interrupted and it may have gone out ({State}); an admin replays or dismisses it under Uncertain mails.")]
    private static partial void LogNotResent(ILogger logger, string subject, MailIntentState state);
}
