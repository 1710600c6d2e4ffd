using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LeanIX.Quality.Reminders;

/// <summary>
/// Remembers when each user was last sent a reminder, in a small SQLite file, so nobody gets more than one mail per N days
/// whichever process or host runs the reminder.
/// </summary>
public sealed class ReminderThrottle
{
    private readonly string _connectionString;

    /// <summary>Uses (and creates) the state file at <paramref name="path"/>.</summary>
    public ReminderThrottle(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } dir) Directory.CreateDirectory(dir);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString();
    }

    /// <summary>When each user was last sent a mail.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastSentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, sent_at FROM reminder_sent";
        var result = new Dictionary<Guid, DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            result[Guid.Parse(reader.GetString(0))] = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        return result;
    }

    /// <summary>Records that <paramref name="userId"/> was sent a mail at <paramref name="at"/>.</summary>
    public async Task MarkSentAsync(Guid userId, string email, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminder_sent (user_id, email, sent_at) VALUES ($id, $email, $at)
            ON CONFLICT(user_id) DO UPDATE SET email = excluded.email, sent_at = excluded.sent_at
            """;
        command.Parameters.AddWithValue("$id", userId.ToString());
        command.Parameters.AddWithValue("$email", email);
        command.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS reminder_sent (user_id TEXT PRIMARY KEY, email TEXT NOT NULL, sent_at TEXT NOT NULL)";
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
