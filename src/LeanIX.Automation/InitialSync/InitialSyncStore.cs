using LeanIX.Automation.Runs;
using LeanIX.Automation.Storage;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.InitialSync;

/// <summary>Initial syncs and their log lines in the host's database: what makes a sync resumable after a restart.</summary>
internal sealed class InitialSyncStore(AutomationDatabase database)
{
    private const string Columns = "id, automation_id, state, total, processed, failed, started_at, finished_at, error, position";

    public async Task CreateAsync(string id, string automationId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await ExecuteAsync("INSERT INTO initial_syncs (id, automation_id, state, started_at) VALUES ($id, $automation, 'Running', $started)", cancellationToken,
            ("$id", id), ("$automation", automationId), ("$started", startedAt.ToUnixTimeMilliseconds())).ConfigureAwait(false);
    }

    public Task SetTotalAsync(string id, int total, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE initial_syncs SET total = $total WHERE id = $id", cancellationToken, ("$id", id), ("$total", total));

    /// <summary>Records progress: <paramref name="position"/> is the last fact sheet handled (syncs go in id order).</summary>
    public Task SaveProgressAsync(string id, int processed, int failed, string position, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE initial_syncs SET processed = $processed, failed = $failed, position = $position WHERE id = $id AND state = 'Running'", cancellationToken,
            ("$id", id), ("$processed", processed), ("$failed", failed), ("$position", position));

    public Task FinishAsync(string id, InitialSyncState state, DateTimeOffset at, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE initial_syncs SET state = $state, finished_at = $at, error = $error WHERE id = $id AND state = 'Running'", cancellationToken,
            ("$id", id), ("$state", state.ToString()), ("$at", at.ToUnixTimeMilliseconds()), ("$error", (object?)error ?? DBNull.Value));

    public async Task<(InitialSyncStatus Status, string? Position)?> LatestAsync(string automationId, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM initial_syncs WHERE automation_id = $automation ORDER BY started_at DESC, rowid DESC LIMIT 1",
            cancellationToken, ("$automation", automationId)).ConfigureAwait(false)).Cast<(InitialSyncStatus, string?)?>().FirstOrDefault();

    public async Task<(InitialSyncStatus Status, string? Position)?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM initial_syncs WHERE id = $id", cancellationToken, ("$id", id)).ConfigureAwait(false))
            .Cast<(InitialSyncStatus, string?)?>().FirstOrDefault();

    public Task<List<(InitialSyncStatus Status, string? Position)>> RunningAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM initial_syncs WHERE state = 'Running' ORDER BY started_at", cancellationToken);

    public Task AppendLineAsync(string id, int lineNo, LogLine line, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT INTO initial_sync_lines (sync_id, line_no, at, level, message) VALUES ($id, $no, $at, $level, $message) ON CONFLICT DO NOTHING", cancellationToken,
            ("$id", id), ("$no", lineNo), ("$at", line.At.ToUnixTimeMilliseconds()), ("$level", line.Level.ToString()), ("$message", line.Message));

    public async Task<List<LogLine>> LinesAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, level, message FROM initial_sync_lines WHERE sync_id = $id ORDER BY line_no";
        command.Parameters.AddWithValue("$id", id);
        var lines = new List<LogLine>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            lines.Add(new LogLine(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), Enum.Parse<LogLevel>(reader.GetString(1)), reader.GetString(2)));
        return lines;
    }

    private async Task<List<(InitialSyncStatus Status, string? Position)>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = new List<(InitialSyncStatus, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            result.Add((new InitialSyncStatus(reader.GetString(0), reader.GetString(1), Enum.Parse<InitialSyncState>(reader.GetString(2)),
                (int)reader.GetInt64(3), (int)reader.GetInt64(4), (int)reader.GetInt64(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)), reader.IsDBNull(8) ? null : reader.GetString(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        return result;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
