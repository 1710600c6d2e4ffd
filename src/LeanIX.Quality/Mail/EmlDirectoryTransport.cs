using MimeKit;

namespace LeanIX.Quality.Mail;

/// <summary>The dry run: writes each mail as an <c>.eml</c> file (readable by any mail program) instead of sending it.</summary>
public sealed class EmlDirectoryTransport(string directory) : IMailTransport
{
    /// <inheritdoc />
    public bool Delivers => false;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        for (var i = 0; i < messages.Count; i++)
        {
            var to = messages[i].To.Mailboxes.FirstOrDefault()?.Address ?? "unknown";
            var safe = string.Concat(to.Select(c => char.IsLetterOrDigit(c) || c is '.' or '@' or '-' or '_' ? c : '_'));
            var path = Path.Combine(directory, $"{i + 1:000}-{safe}.eml");
            await messages[i].WriteToAsync(path, cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }
        return paths;
    }
}
