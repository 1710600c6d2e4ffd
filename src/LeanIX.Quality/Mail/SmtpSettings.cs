using System.Text.Json.Nodes;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Reminders;

namespace LeanIX.Quality.Mail;

/// <summary>An SMTP server (<c>reminder.smtp</c>: <c>host</c>, <c>port</c>, <c>user</c>, <c>password</c>, <c>startTls</c>).</summary>
public sealed record SmtpSettings
{
    /// <summary>The host name.</summary>
    public required string Host { get; init; }

    /// <summary>The port (25 by default).</summary>
    public int Port { get; init; } = 25;

    /// <summary>The user to log in as; none = no authentication.</summary>
    public string? User { get; init; }

    /// <summary>The password (never logged or printed).</summary>
    public string? Password { get; init; }

    /// <summary>Whether STARTTLS is required; otherwise it is used when offered.</summary>
    public bool StartTls { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"smtp://{(User is null ? "" : User + ":***@")}{Host}:{Port}";

    internal static SmtpSettings From(JsonObject section)
    {
        foreach (var (key, _) in section)
            if (key is not ("host" or "port" or "user" or "password" or "startTls"))
                throw new QualityConfigurationException($"reminder.smtp.{key}", "unknown setting. Known settings here: host, port, user, password, startTls.");
        var host = ReminderOptions.Text(section, "host", "reminder.smtp");
        if (string.IsNullOrWhiteSpace(host)) throw new QualityConfigurationException("reminder.smtp.host", "is required.");
        var port = ReminderOptions.Number(section, "port", "reminder.smtp") ?? 25;
        if (port is < 1 or > 65535) throw new QualityConfigurationException("reminder.smtp.port", $"{port} is not a port number.");
        return new SmtpSettings
        {
            Host = host, Port = port, User = ReminderOptions.Text(section, "user", "reminder.smtp"),
            Password = ReminderOptions.Text(section, "password", "reminder.smtp"),
            StartTls = section["startTls"] is JsonValue v && v.TryGetValue<bool>(out var tls) && tls
        };
    }
}
