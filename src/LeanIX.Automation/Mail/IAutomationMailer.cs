namespace LeanIX.Automation.Mail;

/// <summary>Sends automation mails (MailKit to the SMTP server from config, see <c>Automation:Smtp</c>).</summary>
public interface IAutomationMailer
{
    /// <summary>Sends one mail with an HTML and a plain-text part.</summary>
    Task SendAsync(AutomationMail mail, CancellationToken cancellationToken = default);
}

/// <summary>A mail: build the bodies with <see cref="MailBody"/>, which encodes every value from the workspace.</summary>
/// <param name="To">The recipients' addresses.</param>
/// <param name="Subject">The subject (plain text).</param>
/// <param name="HtmlBody">The HTML part.</param>
/// <param name="TextBody">The plain-text part.</param>
public sealed record AutomationMail(IReadOnlyList<string> To, string Subject, string HtmlBody, string TextBody);
