using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LeanIX.Quality.Mail;

/// <summary>
/// The one SMTP sender (MailKit) of the reminder and the automation host: one connection per batch, STARTTLS when offered
/// (or required), login when a user is configured.
/// </summary>
public sealed class SmtpMailTransport(SmtpSettings settings) : IMailTransport
{
    /// <inheritdoc />
    public bool Delivers => true;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) return [];
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable,
            cancellationToken).ConfigureAwait(false);
        if (settings.User is not null)
            await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
        var sent = new List<string>();
        foreach (var message in messages)
        {
            await smtp.SendAsync(message, cancellationToken).ConfigureAwait(false);
            sent.Add($"{string.Join(", ", message.To.Mailboxes.Select(m => m.Address))} via {settings}");
        }
        await smtp.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        return sent;
    }
}
