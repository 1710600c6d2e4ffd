using System.Text.Json;
using LeanIX.Automation.Runs;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.Storage;

/// <summary>The run history in the host's SQLite database; a run's log lines are stored with it as JSON.</summary>
public sealed class SqliteRunHistory : IRunHistory
{
    private readonly AutomationDatabase _database;

    /// <summary>Creates the history.</summary>
    public SqliteRunHistory(AutomationDatabase database) => _database = database;

    /// <inheritdoc/>
    public async Task RecordAsync(AutomationRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var turn = await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (id, automation_id, automation_name, event_seq, event_type, fact_sheet_id, trigger_kind, status, started_at, finished_at, error, lines)
            VALUES ($id, $automation, $name, $seq, $type, $fs, $trigger, $status, $started, $finished, $error, $lines)
            ON CONFLICT (id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", run.Id);
        command.Parameters.AddWithValue("$automation", run.AutomationId);
        command.Parameters.AddWithValue("$name", run.AutomationName);
        command.Parameters.AddWithValue("$seq", (object?)run.EventSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$type", (object?)run.EventType ?? DBNull.Value);
        command.Parameters.AddWithValue("$fs", run.FactSheetId is { } fs ? fs.ToString() : DBNull.Value);
        command.Parameters.AddWithValue("$trigger", run.Trigger);
        command.Parameters.AddWithValue("$status", run.Status.ToString());
        command.Parameters.AddWithValue("$started", run.StartedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$finished", run.FinishedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$error", (object?)run.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$lines", JsonSerializer.Serialize(run.Lines.Select(l => new StoredLine(l.At.ToUnixTimeMilliseconds(), l.Level.ToString(), l.Message)).ToList(), StorageJsonContext.Default.ListStoredLine));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AutomationRun>> LastRunsAsync(int max = 50, string? automationId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}
              FROM runs {(automationId is null ? "" : "WHERE automation_id = $automation")} ORDER BY finished_at DESC, rowid DESC LIMIT $max
            """;
        command.Parameters.AddWithValue("$max", max);
        if (automationId is not null) command.Parameters.AddWithValue("$automation", automationId);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<AutomationRun?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    private const string Columns = "id, automation_id, automation_name, event_seq, event_type, fact_sheet_id, trigger_kind, status, started_at, finished_at, error, lines";

    private static async Task<List<AutomationRun>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<AutomationRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var lines = JsonSerializer.Deserialize(reader.GetString(11), StorageJsonContext.Default.ListStoredLine) ?? [];
            result.Add(new AutomationRun(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : Guid.Parse(reader.GetString(5)), reader.GetString(6), Enum.Parse<RunStatus>(reader.GetString(7)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                lines.Select(l => new LogLine(DateTimeOffset.FromUnixTimeMilliseconds(l.At), Enum.Parse<LogLevel>(l.Level), l.Message)).ToList()));
        }
        return result;
    }
}
