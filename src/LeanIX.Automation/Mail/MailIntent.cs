namespace LeanIX.Automation.Mail;

/// <summary>
/// Where a mail of a run stands. A mail is recorded as <see cref="Sending"/> (with its content, durably) before it goes to
/// the SMTP server and as <see cref="Sent"/> after; a mail still <see cref="Sending"/> when its host died may or may not
/// have gone out, so it becomes <see cref="Uncertain"/> and is never sent again on its own: an admin replays or dismisses it.
/// </summary>
public enum MailIntentState
{
    /// <summary>Handed to the SMTP server, no answer recorded yet.</summary>
    Sending,
    /// <summary>The SMTP server accepted it.</summary>
    Sent,
    /// <summary>Its host stopped while sending: it may have gone out. Waits for an admin.</summary>
    Uncertain,
    /// <summary>An admin decided not to send it again.</summary>
    Dismissed
}

/// <summary>A recorded mail (what the menu shows for an uncertain one).</summary>
/// <param name="Key">The idempotency key: <c>{event}:{automation}:mail:{n}</c>.</param>
/// <param name="AutomationId">The automation whose run sent it.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Mail">The mail as it was to be sent.</param>
/// <param name="CreatedAt">When sending started.</param>
public sealed record MailIntent(string Key, string AutomationId, MailIntentState State, AutomationMail Mail, DateTimeOffset CreatedAt);
