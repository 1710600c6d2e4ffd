using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file on a thread of its own. SQLite's automatic checkpoint runs inside
/// whichever commit pushes the log past 1,000 pages, so every few thousand events one intake commit would also write and
/// fsync up to 4 MB of database pages, and the 200 deliveries waiting for that commit would wait for all of it. Every
/// connection opens with <c>wal_autocheckpoint=0</c>; this thread runs PASSIVE checkpoints instead, which never block a
/// writer, when writers have added enough to the log and otherwise once a second.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // SQLite's own threshold (1,000 pages of 4 KB); counted in rows written, about one page each at intake.
    private const int RowsPerCheckpoint = 1000;

    private readonly string _connectionString;
    private readonly AutoResetEvent _wake = new(false);
    private readonly Thread _thread;
    private int _rowsSinceCheckpoint;
    private volatile bool _stopping;

    public WalCheckpointer(string path)
    {
        // ReadWrite, not ReadWriteCreate: a database deleted under a stopping host is not created again empty.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite wal checkpoint" };
        _thread.Start();
    }

    /// <summary>Counts rows a commit wrote; wakes the thread once enough have been written since the last checkpoint.</summary>
    public void Wrote(int rows)
    {
        if (Interlocked.Add(ref _rowsSinceCheckpoint, rows) >= RowsPerCheckpoint) _wake.Set();
    }

    private void Run()
    {
        while (!_stopping)
        {
            // Once a second at the latest, for the writes nobody counted (runs, mails, claims). Real time, not the host's
            // TimeProvider: the cadence only bounds the log's size, and no behaviour a test observes depends on it.
            _wake.WaitOne(TimeSpan.FromSeconds(1));
            if (_stopping) break;
            Interlocked.Exchange(ref _rowsSinceCheckpoint, 0);
            Checkpoint();
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            var started = Stopwatch.GetTimestamp();
            command.ExecuteNonQuery();
            InboxMetrics.CheckpointDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is SqliteException or IOException or InvalidOperationException)
        {
            // The file is gone or busy: the next round tries again; nothing is lost, the log only stays longer. (An
            // exception escaping this thread would end the process.)
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join();
        _wake.Dispose();
    }
}
