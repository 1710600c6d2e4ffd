using LeanIX.Automation.Hosting;
using LeanIX.Quality.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeanIX.Automation.Mail;

/// <summary>
/// Sends automation mails to the SMTP server of <c>Automation:Smtp</c>, HTML with a plain-text part. This composes the
/// message; sending is Quality's <see cref="SmtpMailTransport"/>, the one SMTP code path.
/// </summary>
public sealed partial class SmtpMailer : IAutomationMailer
{
    private readonly SmtpOptions _options;
    private readonly ILogger<SmtpMailer> _logger;

    /// <summary>Creates the mailer.</summary>
    public SmtpMailer(IOptions<AutomationOptions> options, ILogger<SmtpMailer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
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

        await new SmtpMailTransport(Settings(_options)).SendAsync([message], cancellationToken).ConfigureAwait(false);
        LogSent(_logger, mail.To.Count, mail.Subject);
    }

    private static SmtpSettings Settings(SmtpOptions options) => new()
    {
        Host = options.Host!,
        Port = options.Port,
        User = string.IsNullOrEmpty(options.User) ? null : options.User,
        Password = options.Password,
        StartTls = options.StartTls
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sent to {Count} recipient(s): {Subject}")]
    private static partial void LogSent(ILogger logger, int count, string subject);
}
