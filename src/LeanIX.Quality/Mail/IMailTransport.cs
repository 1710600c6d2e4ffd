using MimeKit;

namespace LeanIX.Quality.Mail;

/// <summary>Where reminder mails go: an SMTP server, or a directory of <c>.eml</c> files for a dry run.</summary>
public interface IMailTransport
{
    /// <summary>Whether the mails really reach people (a dry run does not count towards throttling).</summary>
    bool Delivers { get; }

    /// <summary>Sends (or writes) the messages; returns where each went.</summary>
    Task<IReadOnlyList<string>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default);
}
