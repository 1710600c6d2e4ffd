using LeanIX.Automation.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeanIX.Automation.Mail;

/// <summary>Sends automation mails through MailKit to the SMTP server of <c>Automation:Smtp</c>, HTML with a plain-text part.</summary>
public sealed partial class SmtpMailer : IAutomationMailer
{
    private readonly SmtpOptions _options;
    private readonly ILogger<SmtpMailer> _logger;

    /// <summary>Creates the mailer.</summary>
    public SmtpMailer(IOptions<AutomationOptions> options, ILogger<SmtpMailer> logger)
    {
        _options = options.Value.Smtp;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task SendAsync(AutomationMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.To.Count == 0) throw new ArgumentException("A mail needs at least one recipient.", nameof(mail));
        if (string.IsNullOrWhiteSpace(_options.Host))
            throw new InvalidOperationException("No SMTP server is configured (Automation:Smtp:Host); the mail was not sent.");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        foreach (var to in mail.To) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(_options.Host, _options.Port, _options.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(_options.User))
            await smtp.AuthenticateAsync(_options.User, _options.Password ?? "", cancellationToken).ConfigureAwait(false);
        await smtp.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await smtp.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        LogSent(_logger, mail.To.Count, mail.Subject);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sent to {Count} recipient(s): {Subject}")]
    private static partial void LogSent(ILogger logger, int count, string subject);
}
